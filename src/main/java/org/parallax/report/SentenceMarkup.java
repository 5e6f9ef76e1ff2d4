package org.parallax.report;

import java.util.List;
import java.util.TreeSet;
import org.parallax.model.Span;

/**
 * Renders one sentence as escaped HTML with two kinds of marks laid over it: words the other side
 * lacks ({@code del} on the left, {@code ins} on the right) and quotes copied word for word.
 *
 * <p>The marks may overlap in any way, so the sentence is cut at every mark boundary and each piece
 * is wrapped in the marks covering it; the elements never need to nest across pieces.
 */
final class SentenceMarkup {

  private SentenceMarkup() {}

  /**
   * Returns the sentence's HTML.
   *
   * @param text the article's text
   * @param sentence where the sentence lies in it
   * @param changed spans of words the other side lacks
   * @param verbatimQuotes spans of quotes copied word for word
   * @param changedTag {@code del} or {@code ins}
   */
  static String render(
      String text,
      Span sentence,
      List<Span> changed,
      List<Span> verbatimQuotes,
      String changedTag) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(sentence.start());
    cuts.add(sentence.end());
    addCuts(cuts, changed, sentence);
    addCuts(cuts, verbatimQuotes, sentence);
    StringBuilder out = new StringBuilder();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      Span piece = new Span(from, to);
      String html = Html.text(piece.of(text));
      if (covered(changed, piece)) {
        html = "<" + changedTag + ">" + html + "</" + changedTag + ">";
      }
      if (covered(verbatimQuotes, piece)) {
        html = "<span class=\"q\">" + html + "</span>";
      }
      out.append(html);
    }
    return out.toString();
  }

  private static void addCuts(TreeSet<Integer> cuts, List<Span> spans, Span sentence) {
    for (Span span : spans) {
      if (span.overlaps(sentence)) {
        cuts.add(Math.max(span.start(), sentence.start()));
        cuts.add(Math.min(span.end(), sentence.end()));
      }
    }
  }

  private static boolean covered(List<Span> spans, Span piece) {
    return spans.stream().anyMatch(span -> span.contains(piece));
  }
}
