package org.parallax.model;

import java.util.List;

/**
 * The words of an aligned pair that the other side does not share.
 *
 * @param leftOnly spans of left words absent on the right, in the left article's text
 * @param rightOnly spans of right words absent on the left, in the right article's text
 */
public record WordDiff(List<Span> leftOnly, List<Span> rightOnly) {

  /** Copies the lists so the record stays immutable. */
  public WordDiff {
    leftOnly = List.copyOf(leftOnly);
    rightOnly = List.copyOf(rightOnly);
  }

  /** Returns a diff with no differing words. */
  public static WordDiff none() {
    return new WordDiff(List.of(), List.of());
  }
}
