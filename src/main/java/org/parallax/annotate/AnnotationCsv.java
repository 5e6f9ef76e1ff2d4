package org.parallax.annotate;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Annotation;
import org.parallax.model.Article;

/**
 * Writes annotations as CSV (RFC 4180, UTF-8, CRLF line ends): one row per annotation with the
 * article, outlet, published time, quoted text, tags, note, author and time.
 */
public final class AnnotationCsv {

  /** The header row's column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "article",
          "outlet",
          "published",
          "quote",
          "tags",
          "note",
          "author",
          "created",
          "id",
          "orphan");

  private AnnotationCsv() {}

  /** Returns the CSV text for {@code annotations}, with a header row. */
  public static String write(List<Annotation> annotations, ArticleTexts texts) {
    StringBuilder csv = new StringBuilder();
    row(csv, COLUMNS);
    for (Annotation annotation : annotations) {
      Optional<Article> article = texts.current(annotation.article());
      row(
          csv,
          List.of(
              annotation.article().value(),
              article.map(Article::outlet).orElse(""),
              article.map(a -> a.published() == null ? "" : a.published().toIso()).orElse(""),
              annotation.exact(),
              String.join("; ", annotation.tags()),
              annotation.note(),
              annotation.author(),
              annotation.created().toString(),
              annotation.id(),
              Boolean.toString(annotation.isOrphan())));
    }
    return csv.toString();
  }

  /** Appends one row, its cells quoted and made safe for spreadsheets. */
  static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quote(cells.get(i) == null ? "" : cells.get(i)));
    }
    csv.append("\r\n");
  }

  private static String quote(String cell) {
    // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
    String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
    boolean needsQuotes =
        safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
