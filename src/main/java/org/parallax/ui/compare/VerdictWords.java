package org.parallax.ui.compare;

import java.util.Locale;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedQuote;
import org.parallax.report.DerivationWords;

/** Puts a comparison's derivation verdict into the words of the banner. */
final class VerdictWords {

  private VerdictWords() {}

  /** Returns the verdict as a headline, in the words of the exports (report.DerivationWords). */
  static String headline(Comparison comparison) {
    String left = outletOf(comparison, Side.LEFT);
    String right = outletOf(comparison, Side.RIGHT);
    Derivation derivation = comparison.derivation();
    return DerivationWords.verdict(derivation, left, right);
  }

  /**
   * Returns the figures under the headline: reuse and confidence, which report restates which and
   * how much, quotes, sources.
   */
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
        "reuse %.2f · confidence %.2f · %s restates %s in %s of its text · %s restates %s in %s"
            + " · %d %s word for word, %d altered · %d one-sided %s with no source",
        derivation.reuse(),
        derivation.confidence(),
        right,
        left,
        DerivationWords.percent(derivation.rightByLeft()),
        left,
        right,
        DerivationWords.percent(derivation.leftByRight()),
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
}
