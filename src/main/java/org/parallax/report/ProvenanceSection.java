package org.parallax.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.ParallaxVersion;

/** The provenance section of the HTML report: where each article came from and what made it. */
final class ProvenanceSection {

  private final Comparison comparison;
  private final SideNames names;
  private final Instant generatedAt;

  ProvenanceSection(Comparison comparison, SideNames names, Instant generatedAt) {
    this.comparison = comparison;
    this.names = names;
    this.generatedAt = generatedAt;
  }

  /** Returns dateline, byline and publication time of an article as one line. */
  static String headerLine(Article article) {
    List<String> parts = new ArrayList<>();
    if (article.dateline() != null) {
      parts.add(article.dateline());
    }
    if (article.byline() != null) {
      parts.add("by " + article.byline());
    }
    parts.add(
        article.published() == null ? "publication time unknown" : article.published().toIso());
    return String.join(" \u00B7 ", parts);
  }

  void append(StringBuilder out) {
    Article left = comparison.left().article();
    Article right = comparison.right().article();
    out.append(
            "<section id=\"provenance\">\n<h2>Provenance</h2>\n<table>\n<thead><tr><th></th><th>")
        .append(Html.text(names.left()))
        .append("</th><th>")
        .append(Html.text(names.right()))
        .append("</th></tr></thead>\n<tbody>\n");
    row(out, "Outlet", left, right, a -> Html.text(orUnknown(a.outlet())));
    row(out, "Title", left, right, a -> Html.text(orUnknown(a.title())));
    row(out, "URL", left, right, a -> a.url() == null ? "unknown" : Html.link(a.url()));
    row(
        out,
        "Published",
        left,
        right,
        a -> Html.text(a.published() == null ? "unknown" : a.published().toIso()));
    row(out, "Byline", left, right, a -> Html.text(orUnknown(a.byline())));
    row(out, "Article id, version", left, right, a -> Html.text(a.id() + ", " + a.version()));
    row(
        out,
        "Original file",
        left,
        right,
        a -> a.source() == null ? "pasted text" : Html.text(a.source().name()));
    row(out, "Format", left, right, a -> a.source() == null ? "" : Html.text(a.source().format()));
    row(
        out,
        "File SHA-256",
        left,
        right,
        a -> a.source() == null ? "" : mono(Html.text(a.source().sha256())));
    row(out, "Text SHA-256", left, right, a -> mono(Html.text(a.contentHash())));
    row(
        out,
        "Ingested",
        left,
        right,
        a -> Html.text(a.ingestedAt() == null ? "unknown" : a.ingestedAt().toString()));
    out.append("</tbody>\n</table>\n<h3>How this report was made</h3>\n<table>\n<tbody>\n")
        .append("<tr><th>Parallax version</th><td>")
        .append(Html.text(ParallaxVersion.get()))
        .append("</td></tr>\n<tr><th>Report written</th><td>")
        .append(generatedAt == null ? "" : Html.text(generatedAt.toString()))
        .append("</td></tr>\n");
    Map<String, String> settings = new TreeMap<>(comparison.settings());
    if (settings.isEmpty()) {
      out.append("<tr><th>Engine settings</th><td class=\"empty\">not recorded</td></tr>\n");
    }
    settings.forEach(
        (name, value) ->
            out.append("<tr><th>Engine: ")
                .append(Html.text(name))
                .append("</th><td>")
                .append(Html.text(value))
                .append("</td></tr>\n"));
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(
      StringBuilder out,
      String label,
      Article left,
      Article right,
      Function<Article, String> cell) {
    out.append("<tr><th>")
        .append(label)
        .append("</th><td>")
        .append(cell.apply(left))
        .append("</td><td>")
        .append(cell.apply(right))
        .append("</td></tr>\n");
  }

  private static String mono(String html) {
    return "<span class=\"mono\">" + html + "</span>";
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }
}
