package org.parallax.workspace;

import java.util.Locale;
import org.parallax.model.Article;

/** An article has more words than a comparison takes; the message names it and the limit. */
public final class ArticleTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error for an article.
   *
   * @param article the article that is too long
   * @param limit the most words a comparison takes
   */
  public ArticleTooLongException(Article article, int limit) {
    super(
        String.format(
            Locale.ROOT,
            "%s has more than %,d words, the most a comparison takes (it aligns every sentence"
                + " with every other, so time grows with the product of the lengths); compare an"
                + " excerpt of it",
            article.displayName(),
            limit));
  }
}
