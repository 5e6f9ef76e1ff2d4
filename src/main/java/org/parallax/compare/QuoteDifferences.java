package org.parallax.compare;

import java.util.List;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Quote;

/**
 * Finds quotations whose wording or extent changed, and quoted words the other side gives without
 * quotation marks.
 */
final class QuoteDifferences {

  /** Fewer quoted words than this are too common to say the other side has the same passage. */
  private static final int LEAST_UNQUOTED_WORDS = 3;

  private QuoteDifferences() {}

  static void find(ExplainedWords pair) {
    ClaimView left = pair.left.view;
    ClaimView right = pair.right.view;
    for (Quote quote : left.quotes) {
      QuoteWords mine = QuoteWords.of(left, quote);
      Quote counterpart = bestCounterpart(mine, right);
      if (counterpart == null) {
        if (mine.size() >= LEAST_UNQUOTED_WORDS && mine.containedIn(right.surface)) {
          pair.add(
              DifferenceType.QUOTE,
              DifferenceChange.DROPPED,
              quote.text(),
              "",
              null,
              pair.left.explain(left.wordsInside(quote.span())),
              List.of());
        }
        continue;
      }
      QuoteWords theirs = QuoteWords.of(right, counterpart);
      if (!mine.equals(theirs)) {
        pair.add(
            DifferenceType.QUOTE,
            mine.extentChangeOf(theirs)
                ? DifferenceChange.EXTENT_CHANGED
                : DifferenceChange.CHANGED,
            quote.text(),
            counterpart.text(),
            null,
            pair.left.explain(left.wordsInside(quote.span())),
            pair.right.explain(right.wordsInside(counterpart.span())));
      }
    }
    for (Quote quote : right.quotes) {
      QuoteWords mine = QuoteWords.of(right, quote);
      if (bestCounterpart(mine, left) == null
          && mine.size() >= LEAST_UNQUOTED_WORDS
          && mine.containedIn(left.surface)) {
        pair.add(
            DifferenceType.QUOTE,
            DifferenceChange.ADDED,
            "",
            quote.text(),
            null,
            List.of(),
            pair.right.explain(right.wordsInside(quote.span())));
      }
    }
  }

  /** Returns the quotation of {@code other} that quotes the same passage most closely, or null. */
  private static Quote bestCounterpart(QuoteWords mine, ClaimView other) {
    Quote best = null;
    double bestOverlap = -1;
    for (Quote quote : other.quotes) {
      QuoteWords theirs = QuoteWords.of(other, quote);
      double overlap = mine.overlap(theirs);
      if (mine.samePassage(theirs) && overlap > bestOverlap) {
        best = quote;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
