package org.parallax.report;

import java.util.Locale;
import org.parallax.model.Derivation;

/** The words for a derivation that every export and the window share. */
public final class DerivationWords {

  private DerivationWords() {}

  /** "derives from", or "partly derives from" when most of the derived report is its own. */
  public static String derives(Derivation derivation) {
    return derivation.partial() ? "partly derives from" : "derives from";
  }

  /**
   * Returns the verdict as one sentence, such as "Diplomat.so derives from Reuters without
   * crediting it".
   *
   * @param left what to call the left report
   * @param right what to call the right report
   */
  public static String verdict(Derivation derivation, String left, String right) {
    return switch (derivation.verdict()) {
      case RIGHT_DERIVES_FROM_LEFT ->
          right + " " + derives(derivation) + " " + left + credit(derivation);
      case LEFT_DERIVES_FROM_RIGHT ->
          left + " " + derives(derivation) + " " + right + credit(derivation);
      case COMMON_SOURCE ->
          derivation.identical()
              ? "Identical texts: one is a copy of the other, and nothing tells which came first"
              : "One text behind both: they restate a common source, or one copies the other and"
                  + " nothing tells which";
      case INDEPENDENT -> "Independent reports: neither derives from the other";
      case UNKNOWN -> "Undecided: the evidence does not show whether one derives from the other";
    };
  }

  /** Returns a share in [0,1] as a whole percentage, such as "84%". */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100.0);
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
}
