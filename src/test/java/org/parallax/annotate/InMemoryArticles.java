package org.parallax.annotate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;

/** Articles held in memory, every version kept, for annotation tests. */
final class InMemoryArticles implements ArticleTexts {

  private final List<Article> versions = new ArrayList<>();

  Article add(String id, String url, String text) {
    int version = (int) versions.stream().filter(a -> a.id().value().equals(id)).count() + 1;
    Article article =
        new Article(
            new ArticleId(id),
            version,
            Integer.toHexString(text.hashCode()) + "-" + version,
            "Test Wire",
            url,
            "A test report",
            null,
            null,
            null,
            "en",
            text,
            List.of(new Block(BlockKind.BODY, new Span(0, text.length()))),
            null,
            Instant.parse("2026-03-09T10:00:00Z"));
    versions.add(article);
    return article;
  }

  @Override
  public Optional<Article> current(ArticleId id) {
    return versions.stream().filter(a -> a.id().equals(id)).reduce((first, second) -> second);
  }

  @Override
  public Optional<Article> version(ArticleId id, String contentHash) {
    return versions.stream()
        .filter(a -> a.id().equals(id) && a.contentHash().equals(contentHash))
        .findFirst();
  }

  @Override
  public Optional<Article> bySource(String targetSource) {
    return versions.stream()
        .filter(a -> targetSource.equals(a.url()))
        .reduce((first, second) -> second);
  }
}
