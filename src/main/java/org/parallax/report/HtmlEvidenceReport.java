package org.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.ParallaxVersion;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.Span;

/**
 * Writes a comparison as one self-contained HTML evidence report: inline CSS, no external
 * resources, no script, readable on screen and in print.
 *
 * <p>The report can be sent to someone without Parallax. Everything taken from an article is
 * escaped and neutralised (see {@link Html}); only http(s) addresses become links. A content
 * security policy forbids scripts and remote loads as a second line of defence.
 */
public final class HtmlEvidenceReport {

  private static final String STYLESHEET = loadStylesheet();

  private final Comparison comparison;
  private final List<AnnotationNote> annotations;
  private final Instant generatedAt;

  private HtmlEvidenceReport(
      Comparison comparison, List<AnnotationNote> annotations, Instant generatedAt) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.annotations = List.copyOf(annotations);
    this.generatedAt = generatedAt;
  }

  /** Returns a report of {@code comparison} with no annotations, stamped with the current time. */
  public static HtmlEvidenceReport of(Comparison comparison) {
    return new HtmlEvidenceReport(comparison, List.of(), Instant.now());
  }

  /** Returns this report listing the given annotations on either article. */
  public HtmlEvidenceReport withAnnotations(List<AnnotationNote> notes) {
    return new HtmlEvidenceReport(comparison, notes, generatedAt);
  }

  /** Returns this report stamped with {@code time} as its creation time (for stable output). */
  public HtmlEvidenceReport generatedAt(Instant time) {
    return new HtmlEvidenceReport(comparison, annotations, time);
  }

  /** Returns the whole HTML document. */
  public String render() {
    SideNames names = SideNames.of(comparison);
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append(
            "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"generator\" content=\"Parallax ")
        .append(Html.text(ParallaxVersion.get()))
        .append("\">\n<title>")
        .append(Html.text("Evidence report: " + names.left() + " and " + names.right()))
        .append("</title>\n<style>\n")
        .append(STYLESHEET)
        .append("</style>\n</head>\n<body>\n");
    summary(out, names);
    sideBySide(out, names);
    EvidenceSections sections = new EvidenceSections(comparison, names);
    sections.differences(out);
    sections.quotesAndPassages(out);
    sections.oneSided(out);
    sections.annotations(out, annotations);
    new CorrectionsSection(comparison, names).append(out);
    new ProvenanceSection(comparison, names, generatedAt).append(out);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void summary(StringBuilder out, SideNames names) {
    Derivation derivation = comparison.derivation();
    out.append("<section class=\"first\" id=\"summary\">\n<h1>Evidence report</h1>\n")
        .append("<p class=\"subtitle\">")
        .append(Html.text(describe(comparison.left(), names.left())))
        .append(" <b>compared with</b> ")
        .append(Html.text(describe(comparison.right(), names.right())))
        .append("</p>\n<div class=\"banner")
        .append(derivation.verdict().isDerivation() ? "" : " neutral")
        .append("\" role=\"status\">\n<div><span class=\"verdict\">")
        .append(Html.text(names.verdictSentence(derivation)))
        .append("</span> <span class=\"muted\">(confidence ")
        .append(String.format(Locale.ROOT, "%.2f", derivation.confidence()))
        .append(")</span></div>\n<div>")
        .append(Html.text(names.coverageSentence(derivation)))
        .append(" Source credited: ")
        .append(credited(derivation.credited()))
        .append(".</div>\n");
    if (derivation.evidence().isEmpty()) {
      out.append("<p class=\"empty\">The engine gave no evidence.</p>\n");
    } else {
      out.append("<ul>\n");
      derivation.evidence().forEach(e -> out.append("<li>").append(Html.text(e)).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</div>\n</section>\n");
  }

  private static String credited(Boolean credited) {
    if (credited == null) {
      return "not applicable (neither report derives from the other)";
    }
    return credited ? "yes" : "<b>no</b>";
  }

  private static String describe(AnalyzedArticle side, String name) {
    String title = side.article().title();
    return title == null || title.isBlank() ? name : name + ", \u201C" + title + "\u201D";
  }

  private void sideBySide(StringBuilder out, SideNames names) {
    out.append("<section id=\"texts\">\n<h2>The two reports side by side</h2>\n")
        .append("<div class=\"legend\">")
        .append("<span><i class=\"sw s\"></i>shared</span>")
        .append("<span><i class=\"sw ch\"></i>shared, changed</span>")
        .append("<span><i class=\"sw o1\"></i>only in this report</span>")
        .append("<span><i class=\"sw uns\"></i>one-sided and no source given</span>")
        .append("<span><i class=\"sw qu\"></i>quote copied word for word</span>")
        .append("<span><del>struck</del> / <ins>bold</ins>: words the other report lacks</span>")
        .append("<span><b>1</b> pair number, links to the partner</span>")
        .append("</div>\n<div class=\"sides\">\n");
    Map<Integer, Integer> leftPairs = new HashMap<>();
    Map<Integer, Integer> rightPairs = new HashMap<>();
    for (int i = 0; i < comparison.pairs().size(); i++) {
      SentencePair pair = comparison.pairs().get(i);
      for (int n : pair.left()) {
        leftPairs.put(n, i);
      }
      for (int n : pair.right()) {
        rightPairs.put(n, i);
      }
    }
    side(out, names.left(), true, leftPairs);
    side(out, names.right(), false, rightPairs);
    out.append("</div>\n</section>\n");
  }

  private void side(StringBuilder out, String name, boolean left, Map<Integer, Integer> pairOf) {
    AnalyzedArticle side = left ? comparison.left() : comparison.right();
    List<Integer> unsourced = left ? comparison.leftUnsourced() : comparison.rightUnsourced();
    Map<Integer, List<Span>> quotes = VerbatimQuotes.on(comparison, left);
    String text = side.article().text();
    out.append("<div class=\"side\">\n<h3>")
        .append(Html.text(name))
        .append("</h3>\n<p class=\"meta\">")
        .append(Html.text(ProvenanceSection.headerLine(side.article())))
        .append("</p>\n");
    for (AnalyzedSentence sentence : side.sentences()) {
      int n = sentence.n();
      Integer pairIndex = pairOf.get(n);
      SentencePair pair = pairIndex == null ? null : comparison.pairs().get(pairIndex);
      String relation = pair == null ? "o1" : pair.relation() == Relation.SAME ? "s" : "ch";
      boolean noSource = pair == null && unsourced.contains(n);
      String kind = sentence.sentence().kind().jsonName();
      out.append("<p class=\"c ")
          .append(relation)
          .append(noSource ? " uns" : "")
          .append(kind.equals("body") ? "" : " " + kind)
          .append("\" id=\"")
          .append(left ? "l" : "r")
          .append(n)
          .append("\">");
      if (pair != null) {
        int partner = left ? pair.right().get(0) : pair.left().get(0);
        out.append("<a class=\"pn\" href=\"#")
            .append(left ? "r" : "l")
            .append(partner)
            .append("\" title=\"pair ")
            .append(pairIndex + 1)
            .append(", ")
            .append(relation.equals("s") ? "shared" : "shared with changes")
            .append("\">")
            .append(pairIndex + 1)
            .append("</a>");
      } else {
        out.append("<span class=\"pn\" title=\"sentence ").append(n).append("\">&ndash;</span>");
      }
      if (!kind.equals("body")) {
        out.append("<span class=\"kind\">").append(kind).append("</span>");
      }
      List<Span> changed =
          pair == null || pair.words() == null
              ? List.of()
              : left ? pair.words().leftOnly() : pair.words().rightOnly();
      out.append(
          SentenceMarkup.render(
              text,
              sentence.sentence().span(),
              changed,
              quotes.getOrDefault(n, List.of()),
              left ? "del" : "ins"));
      if (noSource) {
        out.append("<span class=\"tag\">no source given</span>");
      }
      out.append("</p>\n");
    }
    if (side.sentences().isEmpty()) {
      out.append("<p class=\"empty\">No sentences.</p>\n");
    }
    out.append("</div>\n");
  }

  private static String loadStylesheet() {
    try (InputStream in = HtmlEvidenceReport.class.getResourceAsStream("evidence-report.css")) {
      if (in == null) {
        throw new IllegalStateException("evidence-report.css is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report stylesheet", e);
    }
  }
}
