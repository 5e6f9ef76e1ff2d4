package org.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Comparison;
import org.parallax.model.NormalizedText;
import org.parallax.model.Quote;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;

/**
 * Finds where the quotes both reports carry word for word lie in one report's text, so the report
 * can underline them.
 */
final class VerbatimQuotes {

  private VerbatimQuotes() {}

  /** Returns the spans of verbatim shared quotes on one side, by sentence number. */
  static Map<Integer, List<Span>> on(Comparison comparison, boolean left) {
    AnalyzedArticle side = left ? comparison.left() : comparison.right();
    Map<Integer, List<Span>> spans = new HashMap<>();
    for (SharedQuote quote : comparison.quotes()) {
      if (!quote.verbatim()) {
        continue;
      }
      String words = left ? quote.leftText() : quote.rightText();
      if (words == null || words.isBlank()) {
        words = quote.text();
      }
      for (int n : left ? quote.left() : quote.right()) {
        if (n >= 0 && n < side.sentences().size()) {
          Span found = locate(side.sentences().get(n), words);
          if (found != null) {
            spans.computeIfAbsent(n, k -> new ArrayList<>()).add(found);
          }
        }
      }
    }
    return spans;
  }

  /** Prefers the quote analysis found; falls back to searching the sentence's folded text. */
  private static Span locate(AnalyzedSentence sentence, String words) {
    String wanted = fold(words);
    for (Quote quote : sentence.quotes()) {
      if (fold(quote.text()).equals(wanted)) {
        return quote.span();
      }
    }
    // Case kept: lower-casing may change the length of a string and so move offsets.
    String folded = NormalizedText.of(sentence.text());
    String needle = NormalizedText.of(words.strip());
    int at = needle.isEmpty() ? -1 : folded.indexOf(needle);
    if (at < 0) {
      return null;
    }
    int start = sentence.sentence().span().start() + at;
    return new Span(start, start + needle.length());
  }

  private static String fold(String text) {
    return NormalizedText.of(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
