package org.parallax.workspace;

import java.util.Optional;
import org.parallax.annotate.ArticleTexts;
import org.parallax.index.ArticleIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

/** Finds the articles annotations point into in the workspace's index. */
final class IndexArticleTexts implements ArticleTexts {

  private static final String URN_PREFIX = "urn:parallax:article:";

  private final ArticleIndex index;

  IndexArticleTexts(ArticleIndex index) {
    this.index = index;
  }

  @Override
  public Optional<Article> current(ArticleId id) {
    return index.current(id);
  }

  @Override
  public Optional<Article> version(ArticleId id, String contentHash) {
    return index.versions(id).stream()
        .filter(article -> article.contentHash().equals(contentHash))
        .findFirst();
  }

  @Override
  public Optional<Article> bySource(String targetSource) {
    if (targetSource == null || targetSource.isBlank()) {
      return Optional.empty();
    }
    if (targetSource.startsWith(URN_PREFIX)) {
      return index.current(new ArticleId(targetSource.substring(URN_PREFIX.length())));
    }
    return index.byUrl(targetSource.strip());
  }
}
