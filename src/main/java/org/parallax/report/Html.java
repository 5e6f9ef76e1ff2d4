package org.parallax.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Escapes text from articles for HTML and neutralises characters that could change how the page
 * reads: bidirectional overrides and isolates, control characters, lone surrogates and
 * non-characters.
 *
 * <p>Everything an article supplies (text, titles, names, URLs) goes through {@link #text} or
 * {@link #link}; nothing from an article is ever written raw.
 */
final class Html {

  private Html() {}

  /** Returns {@code value} escaped for an element's content or a quoted attribute value. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(i + 1));
        i += 2;
        continue;
      }
      appendChar(out, c);
      i++;
    }
    return out.toString();
  }

  private static void appendChar(StringBuilder out, char c) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      case '\n', '\t' -> out.append(c);
      case '\r' -> out.append(' ');
      default -> {
        if (isBidiControl(c)) {
          // Shown, not obeyed: a reader of evidence should see that the text carried one.
          out.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
        } else if (Character.isISOControl(c)
            || Character.isSurrogate(c)
            || c == '\uFFFE'
            || c == '\uFFFF') {
          out.append('\uFFFD');
        } else {
          out.append(c);
        }
      }
    }
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /**
   * Returns a link for an http(s) URL, opening without access to this page; any other URL
   * (javascript:, data:, relative, malformed) is returned as escaped text, never as a link.
   */
  static String link(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    return isWebAddress(url)
        ? "<a href=\"" + text(url) + "\" rel=\"noopener noreferrer\">" + text(url) + "</a>"
        : text(url);
  }

  static boolean isWebAddress(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || Character.isISOControl(c) || isBidiControl(c)) {
        return false;
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
