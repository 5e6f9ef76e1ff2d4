package org.parallax.model;

import java.util.Objects;

/**
 * The stable identity of a story across its versions.
 *
 * <p>Derived from the article's URL, an agency GUID, or outlet + title + first publication where
 * there is neither; a changed version of the same story keeps its id.
 *
 * @param value a short opaque string, safe in file names and URNs
 */
public record ArticleId(String value) {

  /** Checks the id is not blank. */
  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
