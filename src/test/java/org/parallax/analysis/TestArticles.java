package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;
import org.parallax.testing.Articles;

/** Builds articles for tests: one body block per paragraph separated by blank lines. */
final class TestArticles {

  private TestArticles() {}

  /** Returns an article whose blocks are the body paragraphs of {@code text}. */
  static Article body(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        blocks.add(new Block(BlockKind.BODY, new Span(start, end)));
      }
      start = end + 2;
    }
    return of(text, blocks);
  }

  /** Returns an article with the given text and blocks. */
  static Article of(String text, List<Block> blocks) {
    return Articles.withId("test").outlet("Test").text(text, blocks).build();
  }
}
