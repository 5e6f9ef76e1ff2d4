package org.parallax.report;

import java.util.List;
import java.util.stream.Collectors;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;

/**
 * The evidence report's "Corrections" section: what analysts changed in the engine's result, who,
 * when and why, and the corrections that could no longer be anchored.
 */
final class CorrectionsSection {

  private final Comparison comparison;
  private final SideNames names;

  CorrectionsSection(Comparison comparison, SideNames names) {
    this.comparison = comparison;
    this.names = names;
  }

  void append(StringBuilder out) {
    out.append("<section id=\"corrections\">\n<h2>Corrections</h2>\n");
    if (!comparison.corrected()) {
      out.append(
          "<p class=\"empty\">No analyst corrected this comparison: everything above is the"
              + " engine's.</p>\n</section>\n");
      return;
    }
    out.append("<p>Items marked <span class=\"by-analyst\">analyst</span> above are an analyst's")
        .append(" correction of the engine's result; the engine's own suggestion is given")
        .append(" beside each.</p>\n")
        .append("<table>\n<thead><tr><th>Correction</th><th>")
        .append(Html.text(names.left()))
        .append("</th><th>")
        .append(Html.text(names.right()))
        .append("</th><th>Reason</th><th>Author</th><th>Made</th><th>State</th></tr></thead>\n")
        .append("<tbody>\n");
    for (AppliedCorrection applied : comparison.review().applied()) {
      row(
          out,
          applied.correction(),
          sentences("L", applied.left()),
          sentences("R", applied.right()),
          "applied");
    }
    for (Correction orphan : comparison.review().orphaned()) {
      row(out, orphan, quotes(orphan, true), quotes(orphan, false), "orphaned");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(
      StringBuilder out, Correction correction, String left, String right, String state) {
    out.append("<tr id=\"")
        .append(Html.text(correction.id()))
        .append("\"><td><span class=\"by-analyst\">analyst</span> ")
        .append(Html.text(CorrectionWords.of(correction)))
        .append("</td><td>")
        .append(Html.text(left))
        .append("</td><td>")
        .append(Html.text(right))
        .append("</td><td>")
        .append(Html.text(correction.reason()))
        .append("</td><td>")
        .append(Html.text(correction.author()))
        .append("</td><td class=\"num\">")
        .append(Html.text(correction.created().toString()))
        .append("</td><td>")
        .append(state)
        .append("</td></tr>\n");
  }

  private static String sentences(String prefix, List<Integer> numbers) {
    return numbers.isEmpty()
        ? "the whole report"
        : numbers.stream().map(n -> prefix + n).collect(Collectors.joining(", "));
  }

  private static String quotes(Correction correction, boolean left) {
    return (left ? correction.left() : correction.right())
        .passages().stream()
            .map(p -> "\u201C" + p.exact() + "\u201D")
            .collect(Collectors.joining(" "));
  }
}
