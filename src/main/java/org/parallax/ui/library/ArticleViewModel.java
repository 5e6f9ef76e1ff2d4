package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Titles;
import org.parallax.ui.ReportLabels;

/** What the article tab shows: a metadata header and the blocks of the body, each with its kind. */
final class ArticleViewModel {

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

  /** Returns the headline, or the report's opening words where it has none. */
  String headline() {
    if (article.title() != null) {
      return article.title();
    }
    String opening = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    return Titles.opening(opening);
  }

  /** Returns the outlet, or a stand-in. */
  String outlet() {
    return article.outlet() != null ? article.outlet() : "Unknown outlet";
  }

  /** Returns dateline, byline and publication time in one line, skipping what is unknown. */
  String metadata() {
    String line = ReportLabels.metadataLine(article);
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
}
