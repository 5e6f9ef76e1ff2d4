package org.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;

/**
 * Groups the positions of the quotes both reports carry word for word by the sentence holding them,
 * so the report can underline them. The positions are the ones the engine found; nothing is
 * searched again here.
 */
final class VerbatimQuotes {

  private VerbatimQuotes() {}

  /** Returns the spans of verbatim shared quotes on one side, by sentence number. */
  static Map<Integer, List<Span>> on(Comparison comparison, boolean left) {
    Map<Integer, List<Span>> spans = new HashMap<>();
    for (SharedQuote quote : comparison.quotes()) {
      Span span = left ? quote.leftSpan() : quote.rightSpan();
      List<Integer> sentences = left ? quote.left() : quote.right();
      if (quote.verbatim() && span != null && !sentences.isEmpty()) {
        spans.computeIfAbsent(sentences.get(0), k -> new ArrayList<>()).add(span);
      }
    }
    return spans;
  }
}
