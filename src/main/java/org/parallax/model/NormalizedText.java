package org.parallax.model;

/**
 * Folds typographic variants to plain forms without moving any offset.
 *
 * <p>Analysis reads the normalised form while spans keep pointing into the original, so the result
 * always has exactly the length of its input: every replacement is one char for one char (an
 * escaped quote {@code \"} becomes a space and a quote).
 */
public final class NormalizedText {

  private NormalizedText() {}

  /** Returns {@code text} with spaces, quotes, apostrophes and dashes folded, same length. */
  public static String of(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\\' && i + 1 < out.length && (out[i + 1] == '"' || out[i + 1] == '\'')) {
        out[i] = ' ';
        continue;
      }
      out[i] = fold(c);
    }
    return new String(out);
  }

  private static char fold(char c) {
    switch (c) {
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t':
        return ' ';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
        return '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
        return '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      default:
        return c;
    }
  }
}
