package org.parallax.annotate;

import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

/**
 * Looks up the articles annotations point into; the workspace supplies it.
 *
 * <p>Annotations store W3C positions in code points, so reading and writing them needs the text of
 * the exact version they were made on.
 */
public interface ArticleTexts {

  /** Returns the current version of an article. */
  Optional<Article> current(ArticleId id);

  /** Returns the version of an article whose content hash is {@code contentHash}. */
  Optional<Article> version(ArticleId id, String contentHash);

  /** Returns the current version of the article a W3C target source names (URL or URN). */
  Optional<Article> bySource(String targetSource);
}
