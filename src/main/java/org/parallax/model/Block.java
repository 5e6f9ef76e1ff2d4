package org.parallax.model;

import java.util.Objects;

/**
 * A paragraph, heading or caption of an article, located in the article's text.
 *
 * @param kind what part of the article it is
 * @param span where it lies in {@link Article#text()}
 */
public record Block(BlockKind kind, Span span) {

  /** Checks both parts are present. */
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
