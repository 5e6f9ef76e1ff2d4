package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * Spots wire identifiers such as the ticker {@code <CAWL.L>}: a code in angle brackets that stands
 * beside the name it identifies. One side may print it and the other not; that is no change of what
 * either says.
 */
final class Identifiers {

  private Identifiers() {}

  /** Returns true when the mention is a code printed inside angle brackets. */
  static boolean isTicker(ClaimView view, Mention mention) {
    return insideAngleBrackets(view, mention.span());
  }

  /** Marks the words printed inside angle brackets explained, so no finder reports them. */
  static void explainTickers(MarkedSide side) {
    List<Integer> tickers = new ArrayList<>();
    for (int i = 0; i < side.view.words.size(); i++) {
      if (insideAngleBrackets(side.view, side.view.words.get(i).span())) {
        tickers.add(i);
      }
    }
    side.explain(tickers);
  }

  private static boolean insideAngleBrackets(ClaimView view, Span span) {
    for (AnalyzedSentence sentence : view.sentences) {
      int offset = sentence.sentence().span().start();
      String text = sentence.text();
      int start = span.start() - offset;
      int end = span.end() - offset;
      if (start >= 0 && end <= text.length()) {
        int open = text.lastIndexOf('<', start);
        int close = text.indexOf('>', Math.max(start, end - 1));
        // The brackets must enclose the span with no space inside: "<CAWL.L>", not "a < b > c".
        return open >= 0
            && close >= 0
            && text.substring(open, close + 1).chars().noneMatch(Character::isWhitespace);
      }
    }
    return false;
  }
}
