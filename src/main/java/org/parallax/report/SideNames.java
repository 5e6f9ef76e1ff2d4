package org.parallax.report;

import java.util.Locale;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;

/**
 * What to call each report in sentences a person reads: its outlet where known and distinct, else
 * "the left report" and "the right report".
 *
 * @param left the name of the left report
 * @param right the name of the right report
 */
record SideNames(String left, String right) {

  /** Returns the names for the two sides of a comparison. */
  static SideNames of(Comparison comparison) {
    String left = comparison.left().article().outlet();
    String right = comparison.right().article().outlet();
    if (left == null || right == null || left.isBlank() || right.isBlank()) {
      return new SideNames(
          left == null || left.isBlank() ? "Left report" : left + " (left)",
          right == null || right.isBlank() ? "Right report" : right + " (right)");
    }
    if (left.strip().equalsIgnoreCase(right.strip())) {
      return new SideNames(left + " (left)", right + " (right)");
    }
    return new SideNames(left.strip(), right.strip());
  }

  /** Returns the verdict as one sentence, such as "Diplomat.so derives from Reuters". */
  String verdictSentence(Derivation derivation) {
    return DerivationWords.verdict(derivation, left, right);
  }

  /** Returns both coverage figures as one sentence saying which report restates which. */
  String coverageSentence(Derivation derivation) {
    return right
        + " restates "
        + left
        + " in "
        + DerivationWords.percent(derivation.rightByLeft())
        + " of its text; "
        + left
        + " restates "
        + right
        + " in "
        + DerivationWords.percent(derivation.leftByRight())
        + " of its text. Reuse "
        + String.format(Locale.ROOT, "%.2f", derivation.reuse())
        + ".";
  }
}
