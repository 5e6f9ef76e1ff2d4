package org.parallax.index;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;

/** The texts of an article every backend indexes and shows, cut the same way in each. */
public final class IndexedText {

  private static final int LEAD_CHARS = 400;

  private IndexedText() {}

  /**
   * Returns the searchable text of an article: its body paragraphs, then its headings and captions
   * (so highlighted snippets favour the report's own prose), or the whole text if it has no blocks.
   */
  public static String body(Article article) {
    if (article.blocks().isEmpty()) {
      return article.text();
    }
    return article.blocks().stream()
        .sorted(Comparator.comparing((Block block) -> block.kind() != BlockKind.BODY))
        .map(Block::span)
        .map(span -> span.of(article.text()))
        .collect(Collectors.joining("\n\n"));
  }

  /**
   * Returns the opening of the body paragraphs: what a reader sees first, without the captions and
   * headings that often come earlier in scraped text.
   */
  public static String lead(Article article) {
    String paragraphs = String.join(" ", article.paragraphs());
    String lead = paragraphs.isBlank() ? body(article) : paragraphs;
    return lead.length() <= LEAD_CHARS ? lead : lead.substring(0, LEAD_CHARS);
  }

  /** Returns the text names are picked from: the title, then the body. */
  public static String named(Article article, String body) {
    return article.title() == null ? body : article.title() + "\n\n" + body;
  }
}
