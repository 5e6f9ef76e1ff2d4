package org.parallax.ui;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A run of a pane's text that carries one extra style class.
 *
 * @param start first char, inclusive, in the pane's text
 * @param end char after the run, exclusive
 * @param styleClass the CSS style class to add
 */
public record StyledRange(int start, int end, String styleClass) {

  /**
   * Returns the style spans a RichTextFX area shows for runs over a text: the text cut at every
   * run's boundary, each piece carrying the classes of every run that covers it, once each.
   *
   * @param length the text's length in chars
   * @param runs the runs, in any order, possibly overlapping
   */
  public static StyleSpans<Collection<String>> spans(int length, List<StyledRange> runs) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (StyledRange run : runs) {
      cuts.add(Math.min(run.start(), length));
      cuts.add(Math.min(run.end(), length));
    }
    StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        int at = previous;
        builder.add(
            runs.stream()
                .filter(run -> run.start() <= at && at < run.end())
                .map(StyledRange::styleClass)
                .distinct()
                .toList(),
            cut - previous);
      }
      previous = cut;
    }
    if (length == 0) {
      builder.add(List.of(), 0);
    }
    return builder.create();
  }
}
