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
    return switch (derivation.verdict()) {
      case RIGHT_DERIVES_FROM_LEFT ->
          right + " " + DerivationWords.derives(derivation) + " " + left + credit(derivation);
      case LEFT_DERIVES_FROM_RIGHT ->
          left + " " + DerivationWords.derives(derivation) + " " + right + credit(derivation);
      case COMMON_SOURCE ->
          derivation.identical()
              ? "Identical texts: one is a copy of the other, and nothing tells which came first"
              : "One text behind both: they restate a common source, or one copies the other and"
                  + " nothing tells which";
      case INDEPENDENT -> "Independent reports: neither derives from the other";
      case UNKNOWN -> "Undecided: the evidence does not show whether one derives from the other";
    };
  }

  /** Returns both coverage figures as one sentence saying which report restates which. */
  String coverageSentence(Derivation derivation) {
    return right
        + " restates "
        + left
        + " in "
        + percent(derivation.rightByLeft())
        + " of its text; "
        + left
        + " restates "
        + right
        + " in "
        + percent(derivation.leftByRight())
        + " of its text. Reuse "
        + String.format(Locale.ROOT, "%.2f", derivation.reuse())
        + ".";
  }

  private static String credit(Derivation derivation) {
    if (derivation.version()) {
      return ": a later version by the same outlet";
    }
    if (derivation.credited() == null) {
      return "; whether it credits it could not be checked";
    }
    return derivation.credited() ? " and credits it" : " without crediting it";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100.0);
  }
}
