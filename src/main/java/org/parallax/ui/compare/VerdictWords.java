package org.parallax.ui.compare;

import java.util.Locale;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedQuote;

/** Puts a comparison's derivation verdict into the words of the banner. */
final class VerdictWords {

  private VerdictWords() {}

  /**
   * Returns the verdict as a headline, such as "Diplomat.so derives from Reuters — not credited".
   */
  static String headline(Comparison comparison) {
    String left = outletOf(comparison, Side.LEFT);
    String right = outletOf(comparison, Side.RIGHT);
    Derivation derivation = comparison.derivation();
    return switch (derivation.verdict()) {
      case RIGHT_DERIVES_FROM_LEFT -> right + " derives from " + left + credit(derivation);
      case LEFT_DERIVES_FROM_RIGHT -> left + " derives from " + right + credit(derivation);
      case COMMON_SOURCE -> left + " and " + right + " restate a common source";
      case INDEPENDENT -> left + " and " + right + " report independently";
      case UNKNOWN -> "No verdict: the evidence does not decide";
    };
  }

  /** Returns the figures under the headline: confidence, coverage both ways, quotes, sources. */
  static String summary(Comparison comparison) {
    String left = outletOf(comparison, Side.LEFT);
    String right = outletOf(comparison, Side.RIGHT);
    Derivation derivation = comparison.derivation();
    long verbatim =
        comparison.quotes().stream().filter(q -> q.change() == QuoteChange.NONE).count();
    long altered =
        comparison.quotes().stream()
            .filter(q -> q.change() == QuoteChange.WORDING || q.change() == QuoteChange.EXTENT)
            .count();
    int unsourced = comparison.leftUnsourced().size() + comparison.rightUnsourced().size();
    return String.format(
        Locale.ROOT,
        "confidence %.2f · %s of %s restated in %s · %s of %s restated in %s · %d %s word for"
            + " word, %d altered · %d one-sided %s with no source",
        derivation.confidence(),
        percent(derivation.rightByLeft()),
        right,
        left,
        percent(derivation.leftByRight()),
        left,
        right,
        verbatim,
        verbatim == 1 ? "quote" : "quotes",
        altered,
        unsourced,
        unsourced == 1 ? "sentence" : "sentences");
  }

  /** Returns the evidence as one line, strongest first. */
  static String evidence(Comparison comparison) {
    return String.join(" · ", comparison.derivation().evidence());
  }

  /** Returns the outlet of one side, or a stand-in a person understands. */
  static String outletOf(Comparison comparison, Side side) {
    var article = side == Side.LEFT ? comparison.left().article() : comparison.right().article();
    if (article.outlet() != null && !article.outlet().isBlank()) {
      return article.outlet();
    }
    return side == Side.LEFT ? "Left report" : "Right report";
  }

  /** Returns true when a quotation is the same word for word on both sides. */
  static boolean isVerbatim(SharedQuote quote) {
    return quote.change() == QuoteChange.NONE
        && !quote.left().isEmpty()
        && !quote.right().isEmpty();
  }

  private static String credit(Derivation derivation) {
    return Boolean.TRUE.equals(derivation.credited()) ? " — credited" : " — not credited";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
