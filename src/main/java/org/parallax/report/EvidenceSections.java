package org.parallax.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnnotationNote;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Difference;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.VerbatimPassage;

/** The evidence sections of the HTML report that list what the comparison found. */
final class EvidenceSections {

  private final Comparison comparison;
  private final SideNames names;

  EvidenceSections(Comparison comparison, SideNames names) {
    this.comparison = comparison;
    this.names = names;
  }

  void differences(StringBuilder out) {
    out.append("<section id=\"differences\">\n<h2>Differences in shared claims</h2>\n");
    boolean any = comparison.pairs().stream().anyMatch(p -> !p.differences().isEmpty());
    if (!any) {
      out.append("<p class=\"empty\">No typed differences: every shared claim is restated.</p>\n");
    } else {
      out.append("<table>\n<thead><tr><th>Pair</th><th>Type</th><th>")
          .append(Html.text(names.left()))
          .append("</th><th>")
          .append(Html.text(names.right()))
          .append("</th><th>Explanation</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < comparison.pairs().size(); i++) {
        SentencePair pair = comparison.pairs().get(i);
        for (Difference difference : pair.differences()) {
          out.append("<tr><td class=\"num\">")
              .append(pairLink(i, pair))
              .append(analystMark(pair))
              .append("</td><td class=\"type\">")
              .append(Html.text(difference.type().jsonName()))
              .append("</td><td>")
              .append(Html.text(difference.left()))
              .append("</td><td>")
              .append(Html.text(difference.right()))
              .append("</td><td>")
              .append(Html.text(DifferenceWords.sentence(difference)))
              .append("</td></tr>\n");
        }
      }
      out.append("</tbody>\n</table>\n");
    }
    alignedPairs(out);
    out.append("</section>\n");
  }

  private void alignedPairs(StringBuilder out) {
    out.append("<h3>Aligned pairs and why they match</h3>\n");
    if (comparison.pairs().isEmpty()) {
      out.append("<p class=\"empty\">No sentence of one report restates the other.</p>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Pair</th><th>")
        .append(Html.text(names.left()))
        .append(" sentences</th><th>")
        .append(Html.text(names.right()))
        .append(
            " sentences</th><th>Relation</th><th>Similarity</th><th>Signals</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int i = 0; i < comparison.pairs().size(); i++) {
      SentencePair pair = comparison.pairs().get(i);
      out.append("<tr><td class=\"num\">")
          .append(pairLink(i, pair))
          .append(analystMark(pair))
          .append("</td><td class=\"num\">")
          .append(sentenceLinks("l", pair.left()))
          .append("</td><td class=\"num\">")
          .append(sentenceLinks("r", pair.right()))
          .append("</td><td>")
          .append(pair.relation().jsonName())
          .append("</td><td class=\"num\">")
          .append(decimal(pair.similarity()))
          .append("</td><td>")
          .append(Html.text(signals(pair.signals())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  void quotesAndPassages(StringBuilder out) {
    out.append("<section id=\"quotes\">\n<h2>Quotes</h2>\n");
    if (comparison.quotes().isEmpty()) {
      out.append("<p class=\"empty\">Neither report quotes anyone.</p>\n");
    } else {
      out.append("<table>\n<thead><tr><th>Quotation</th><th>")
          .append(Html.text(names.left()))
          .append("</th><th>")
          .append(Html.text(names.right()))
          .append("</th><th>Status</th></tr></thead>\n<tbody>\n");
      for (SharedQuote quote : comparison.quotes()) {
        out.append("<tr><td>")
            .append(quoteTexts(quote))
            .append("</td><td class=\"num\">")
            .append(sentenceLinks("l", quote.left()))
            .append("</td><td class=\"num\">")
            .append(sentenceLinks("r", quote.right()))
            .append("</td><td>")
            .append(Html.text(quoteStatus(quote)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<h3>Passages shared word for word</h3>\n");
    if (comparison.passages().isEmpty()) {
      out.append("<p class=\"empty\">No run of words is shared word for word.</p>\n");
    }
    for (VerbatimPassage passage : comparison.passages()) {
      out.append("<p class=\"muted\">")
          .append(passage.words())
          .append(" words &middot; ")
          .append(Html.text(names.left()))
          .append(" sentence <a href=\"#l")
          .append(passage.leftSentence())
          .append("\">")
          .append(passage.leftSentence())
          .append("</a> &middot; ")
          .append(Html.text(names.right()))
          .append(" sentence <a href=\"#r")
          .append(passage.rightSentence())
          .append("\">")
          .append(passage.rightSentence())
          .append("</a></p>\n<blockquote>")
          .append(Html.text(passage.text()))
          .append("</blockquote>\n");
    }
    out.append("</section>\n");
  }

  private String quoteTexts(SharedQuote quote) {
    String left = quote.leftText() == null ? "" : quote.leftText();
    String right = quote.rightText() == null ? "" : quote.rightText();
    if (quote.verbatim() || left.isEmpty() || right.isEmpty() || left.equals(right)) {
      return "\u201C" + Html.text(quote.text()) + "\u201D";
    }
    return Html.text(names.left())
        + ": \u201C"
        + Html.text(left)
        + "\u201D<br>"
        + Html.text(names.right())
        + ": \u201C"
        + Html.text(right)
        + "\u201D";
  }

  private String quoteStatus(SharedQuote quote) {
    return switch (quote.change()) {
      case NONE -> quote.verbatim() ? "copied word for word" : "same quotation";
      case WORDING -> "quoted words changed";
      case EXTENT -> "quotation marks moved to take in or leave out words";
      case ONE_SIDED -> "only in " + (quote.left().isEmpty() ? names.right() : names.left());
    };
  }

  void oneSided(StringBuilder out) {
    out.append("<section id=\"one-sided\">\n<h2>Claims found in one report only</h2>\n")
        .append("<p class=\"muted\">Sentence numbers count from 0, as in the JSON and CSV exports.")
        .append(" &ldquo;No source given&rdquo;: the sentence credits its claim to no one.</p>\n");
    oneSidedList(out, comparison.left(), "l", comparison.leftOnly(), comparison.leftUnsourced());
    oneSidedList(out, comparison.right(), "r", comparison.rightOnly(), comparison.rightUnsourced());
    out.append("</section>\n");
  }

  private void oneSidedList(
      StringBuilder out,
      AnalyzedArticle side,
      String prefix,
      List<Integer> only,
      List<Integer> unsourced) {
    String name = prefix.equals("l") ? names.left() : names.right();
    out.append("<h3>Only in ")
        .append(Html.text(name))
        .append(" <span class=\"muted\">(")
        .append(only.size())
        .append(only.size() == 1 ? " sentence, " : " sentences, ")
        .append(only.stream().filter(unsourced::contains).count())
        .append(" with no source)</span></h3>\n");
    if (only.isEmpty()) {
      out.append("<p class=\"empty\">None.</p>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Sentence</th><th>Text</th><th>Source</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int n : only) {
      out.append("<tr><td class=\"num\"><a href=\"#")
          .append(prefix)
          .append(n)
          .append("\">")
          .append(n)
          .append("</a></td><td>")
          .append(Html.text(side.sentences().get(n).text()))
          .append("</td><td class=\"nowrap\">")
          .append(sourceNote(side, n, unsourced))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String sourceNote(AnalyzedArticle side, int n, List<Integer> unsourced) {
    if (unsourced.contains(n)) {
      return "<b>no source given</b>";
    }
    BlockKind kind = side.sentences().get(n).sentence().kind();
    return kind == BlockKind.BODY ? "source given" : kind.jsonName() + ", not a claim";
  }

  void annotations(StringBuilder out, List<AnnotationNote> notes) {
    out.append("<section id=\"annotations\">\n<h2>Annotations</h2>\n");
    if (notes.isEmpty()) {
      out.append("<p class=\"empty\">No annotations.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Report</th><th>Passage</th><th>Tags</th><th>Note</th>")
        .append("<th>Author</th><th>Written</th></tr></thead>\n<tbody>\n");
    for (AnnotationNote note : notes) {
      out.append("<tr><td>")
          .append(Html.text(reportOf(note)))
          .append("</td><td>")
          .append(note.quote() == null || note.quote().isBlank() ? "" : "\u201C")
          .append(Html.text(note.quote()))
          .append(note.quote() == null || note.quote().isBlank() ? "" : "\u201D")
          .append("</td><td>")
          .append(Html.text(String.join(", ", note.tags())))
          .append("</td><td>")
          .append(Html.text(note.note()))
          .append("</td><td>")
          .append(Html.text(note.author()))
          .append("</td><td class=\"num\">")
          .append(note.created() == null ? "" : Html.text(note.created().toString()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private String reportOf(AnnotationNote note) {
    if (note.article().equals(comparison.left().article().id())) {
      return names.left();
    }
    if (note.article().equals(comparison.right().article().id())) {
      return names.right();
    }
    return note.article().value();
  }

  /** Returns the mark of a pair an analyst corrected, linking to its correction; else nothing. */
  private String analystMark(SentencePair pair) {
    return comparison
        .review()
        .of(pair)
        .map(
            applied ->
                " <a class=\"by-analyst\" href=\"#"
                    + Html.text(applied.correction().id())
                    + "\">analyst</a>")
        .orElse("");
  }

  private static String pairLink(int index, SentencePair pair) {
    return "<a href=\"#l" + pair.left().get(0) + "\">" + (index + 1) + "</a>";
  }

  private static String sentenceLinks(String prefix, List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "&ndash;";
    }
    return numbers.stream()
        .map(n -> "<a href=\"#" + prefix + n + "\">" + n + "</a>")
        .collect(Collectors.joining(", "));
  }

  private static String signals(Map<String, Double> signals) {
    return signals.entrySet().stream()
        .map(e -> e.getKey() + " " + decimal(e.getValue()))
        .collect(Collectors.joining(" \u00B7 "));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
