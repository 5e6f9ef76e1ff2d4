package org.parallax.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Article;

/** How every tab names a report's outlet and its metadata, worded once for all of them. */
public final class ReportLabels {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  private ReportLabels() {}

  /** Returns the outlet's name, or words saying it is unknown. */
  public static String outletOf(String outlet) {
    return outlet == null ? "Unknown outlet" : outlet;
  }

  /** Returns dateline, byline and publication time of an article in one line. */
  public static String metadataLine(Article article) {
    List<String> parts = new ArrayList<>();
    if (article.dateline() != null && !article.dateline().isBlank()) {
      parts.add(article.dateline());
    }
    if (article.byline() != null && !article.byline().isBlank()) {
      parts.add(article.byline());
    }
    if (article.published() != null) {
      parts.add(
          article
              .published()
              .moment()
              .map(MOMENT::format)
              .orElse(article.published().date().toString()));
    }
    return String.join(" · ", parts);
  }
}
