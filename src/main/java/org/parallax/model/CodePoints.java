package org.parallax.model;

/**
 * Converts UTF-16 char offsets to Unicode code point offsets and back.
 *
 * <p>External formats (the JSON of {@code parallax compare}, W3C annotations) count code points;
 * Java strings count chars. The two differ only where the text holds characters outside the Basic
 * Multilingual Plane, such as emoji.
 */
public final class CodePoints {

  private CodePoints() {}

  /** Returns the code point offset that corresponds to char offset {@code charIndex}. */
  public static int fromCharIndex(CharSequence text, int charIndex) {
    return Character.codePointCount(text, 0, charIndex);
  }

  /** Returns the char offset that corresponds to code point offset {@code codePointIndex}. */
  public static int toCharIndex(CharSequence text, int codePointIndex) {
    return Character.offsetByCodePoints(text, 0, codePointIndex);
  }
}
