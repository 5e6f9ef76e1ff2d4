package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One article a correction points into, and the sentences it names there.
 *
 * @param article the article
 * @param source the W3C target source: the article's URL, else {@code urn:parallax:article:ID}
 * @param contentHash the version the passages' spans point into; null when the article is no longer
 *     stored
 * @param passages the named sentences, by their words; empty for a verdict, which is about the
 *     whole article
 */
public record CorrectionSide(
    ArticleId article, String source, String contentHash, List<Passage> passages) {

  /** Checks the article is named and copies the passages. */
  public CorrectionSide {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    passages = List.copyOf(passages);
  }

  /** Returns true when the article is stored and every passage was found in it. */
  public boolean anchored() {
    return contentHash != null && passages.stream().allMatch(p -> p.span() != null);
  }

  /** Returns this side anchored in another version (null hash: the article is gone). */
  public CorrectionSide in(String newContentHash, List<Passage> newPassages) {
    return new CorrectionSide(article, source, newContentHash, newPassages);
  }
}
