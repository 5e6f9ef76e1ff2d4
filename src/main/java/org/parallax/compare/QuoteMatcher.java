package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Quote;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedQuote;

/**
 * Matches each quotation of one report with the same passage quoted in the other: word for word,
 * with changed words, or with its marks moved to take in words the other left unquoted.
 */
final class QuoteMatcher {

  private record Located(Quote quote, int sentence, QuoteWords words) {}

  private QuoteMatcher() {}

  /** Returns the quotations of both reports, matched where possible, in the left's order. */
  static List<SharedQuote> match(
      AnalyzedArticle left,
      List<ClaimView> leftViews,
      AnalyzedArticle right,
      List<ClaimView> rightViews) {
    List<Located> leftQuotes = locate(left, leftViews);
    List<Located> rightQuotes = locate(right, rightViews);
    boolean[] rightTaken = new boolean[rightQuotes.size()];
    boolean[] leftTaken = new boolean[leftQuotes.size()];
    List<int[]> matches = new ArrayList<>();
    // Best overlap first, so a quotation is never taken by a weaker match of another.
    while (true) {
      int bestLeft = -1;
      int bestRight = -1;
      double bestOverlap = 0;
      for (int i = 0; i < leftQuotes.size(); i++) {
        for (int j = 0; j < rightQuotes.size(); j++) {
          if (leftTaken[i] || rightTaken[j]) {
            continue;
          }
          QuoteWords a = leftQuotes.get(i).words;
          QuoteWords b = rightQuotes.get(j).words;
          double overlap = a.overlap(b);
          if (a.samePassage(b) && overlap > bestOverlap) {
            bestOverlap = overlap;
            bestLeft = i;
            bestRight = j;
          }
        }
      }
      if (bestLeft < 0) {
        break;
      }
      leftTaken[bestLeft] = true;
      rightTaken[bestRight] = true;
      matches.add(new int[] {bestLeft, bestRight});
    }
    List<SharedQuote> result = new ArrayList<>();
    for (int i = 0; i < leftQuotes.size(); i++) {
      Located l = leftQuotes.get(i);
      Located r = null;
      for (int[] match : matches) {
        if (match[0] == i) {
          r = rightQuotes.get(match[1]);
        }
      }
      if (r == null) {
        result.add(
            new SharedQuote(
                l.quote.text(),
                List.of(l.sentence),
                List.of(),
                false,
                l.quote.text(),
                "",
                QuoteChange.ONE_SIDED,
                l.quote.span(),
                null));
      } else {
        boolean same = l.words.equals(r.words);
        QuoteChange change =
            same
                ? QuoteChange.NONE
                : l.words.extentChangeOf(r.words) ? QuoteChange.EXTENT : QuoteChange.WORDING;
        result.add(
            new SharedQuote(
                l.quote.text(),
                List.of(l.sentence),
                List.of(r.sentence),
                same,
                l.quote.text(),
                r.quote.text(),
                change,
                l.quote.span(),
                r.quote.span()));
      }
    }
    for (int j = 0; j < rightQuotes.size(); j++) {
      if (!rightTaken[j]) {
        Located r = rightQuotes.get(j);
        result.add(
            new SharedQuote(
                r.quote.text(),
                List.of(),
                List.of(r.sentence),
                false,
                "",
                r.quote.text(),
                QuoteChange.ONE_SIDED,
                null,
                r.quote.span()));
      }
    }
    return result;
  }

  private static List<Located> locate(AnalyzedArticle article, List<ClaimView> views) {
    List<Located> located = new ArrayList<>();
    for (AnalyzedSentence sentence : article.sentences()) {
      for (Quote quote : sentence.quotes()) {
        QuoteWords words = QuoteWords.of(views.get(sentence.n()), quote);
        if (words.size() > 0) {
          located.add(new Located(quote, sentence.n(), words));
        }
      }
    }
    return located;
  }
}
