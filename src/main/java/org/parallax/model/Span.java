package org.parallax.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into an article's text.
 *
 * @param start first char of the range, inclusive
 * @param end char after the range, exclusive; never less than {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Checks the range is well formed. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Returns the number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Returns the covered part of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Returns true when the two ranges share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Returns true when {@code other} lies wholly inside this range. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Returns this range moved by {@code delta} chars. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }
}
