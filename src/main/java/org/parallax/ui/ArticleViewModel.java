package org.parallax.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;

/** What the article tab shows: a metadata header and the blocks of the body, each with its kind. */
final class ArticleViewModel {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  /**
   * A block of the article as shown.
   *
   * @param kind body, heading or caption
   * @param text its text
   */
  record ShownBlock(BlockKind kind, String text) {}

  private final Article article;

  ArticleViewModel(Article article) {
    this.article = article;
  }

  /** Returns the article shown. */
  Article article() {
    return article;
  }

  /** Returns the headline, or "Untitled report" where the report has none. */
  String headline() {
    return article.title() != null ? article.title() : "Untitled report";
  }

  /** Returns the outlet, or a stand-in. */
  String outlet() {
    return article.outlet() != null ? article.outlet() : "Unknown outlet";
  }

  /** Returns dateline, byline and publication time in one line, skipping what is unknown. */
  String metadata() {
    String line = metadataLine(article);
    String source = article.source() == null ? "pasted" : article.source().name();
    return (line.isEmpty() ? "" : line + " · ") + "version " + article.version() + " · " + source;
  }

  /** Returns the blocks in reading order; the whole text as one block when none were found. */
  List<ShownBlock> blocks() {
    List<ShownBlock> shown = new ArrayList<>();
    for (Block block : article.blocks()) {
      shown.add(new ShownBlock(block.kind(), block.span().of(article.text()).strip()));
    }
    if (shown.isEmpty()) {
      shown.add(new ShownBlock(BlockKind.BODY, article.text().strip()));
    }
    return shown;
  }

  /** Returns dateline, byline and publication time of an article in one line. */
  static String metadataLine(Article article) {
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
