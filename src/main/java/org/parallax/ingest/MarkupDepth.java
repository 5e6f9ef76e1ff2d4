package org.parallax.ingest;

import java.util.Locale;

/**
 * Estimates how deeply a page nests its elements, without parsing it.
 *
 * <p>Parsing cost grows with nesting depth faster than with size, so a hostile page of tens of
 * thousands of nested elements would tie the parser up for seconds; real article pages stay under a
 * few hundred levels. The estimate counts opening and closing tags and ignores void elements, so it
 * is rough but cheap and never smaller than the true depth of well-formed markup.
 */
final class MarkupDepth {

  /** Pages nested deeper than this are refused. */
  static final int LIMIT = 2_000;

  private MarkupDepth() {}

  /** Returns the greatest number of elements open at once, roughly. */
  static int estimate(String markup) {
    int depth = 0;
    int deepest = 0;
    int length = markup.length();
    for (int i = 0; i + 1 < length; i++) {
      if (markup.charAt(i) != '<') {
        continue;
      }
      char next = markup.charAt(i + 1);
      if (next == '/') {
        depth = Math.max(0, depth - 1);
      } else if (Character.isLetter(next)) {
        int close = markup.indexOf('>', i);
        boolean selfClosing = close > 0 && markup.charAt(close - 1) == '/';
        if (!selfClosing && !isVoid(markup, i + 1)) {
          depth++;
          deepest = Math.max(deepest, depth);
        }
      }
    }
    return deepest;
  }

  private static boolean isVoid(String markup, int nameStart) {
    int end = nameStart;
    while (end < markup.length() && Character.isLetterOrDigit(markup.charAt(end))) {
      end++;
    }
    return switch (markup.substring(nameStart, end).toLowerCase(Locale.ROOT)) {
      case "br",
          "img",
          "hr",
          "meta",
          "link",
          "input",
          "source",
          "wbr",
          "area",
          "base",
          "col",
          "embed",
          "param",
          "track",
          "p",
          "li" ->
          true;
      default -> false;
    };
  }
}
