package org.parallax.model;

import java.util.Objects;

/**
 * A passage of an article found again by its words, as the W3C TextQuote and TextPosition selectors
 * describe it: its words and their context survive edits elsewhere, its position is fast.
 *
 * @param span where the passage lies in the text of the version recorded beside it, in UTF-16
 *     chars; null when it could not be found there (an orphan)
 * @param exact the words as written
 * @param prefix up to 32 chars of text before them
 * @param suffix up to 32 chars of text after them
 */
public record Passage(Span span, String exact, String prefix, String suffix) {

  /** Checks the words are given; a missing context is empty. */
  public Passage {
    Objects.requireNonNull(exact, "exact");
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }

  /** Returns the same words anchored at {@code newSpan} (null for not found). */
  public Passage at(Span newSpan) {
    return new Passage(newSpan, exact, prefix, suffix);
  }
}
