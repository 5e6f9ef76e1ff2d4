package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a search snippet into plain and bold runs: the snippet marks matches with {@code <b>} and
 * {@code </b>} and escapes everything else for HTML; nothing else is interpreted as markup.
 */
final class SnippetRuns {

  /**
   * A run of snippet text.
   *
   * @param text the words, unescaped
   * @param bold true for a matched word
   */
  record Run(String text, boolean bold) {}

  private SnippetRuns() {}

  /** Returns the runs of a snippet in order; plain text when it carries no marks. */
  static List<Run> parse(String snippet) {
    List<Run> runs = new ArrayList<>();
    if (snippet == null) {
      return runs;
    }
    int at = 0;
    boolean bold = false;
    while (at < snippet.length()) {
      String mark = bold ? "</b>" : "<b>";
      int next = snippet.indexOf(mark, at);
      int end = next < 0 ? snippet.length() : next;
      if (end > at) {
        runs.add(new Run(unescape(snippet.substring(at, end)), bold));
      }
      if (next < 0) {
        break;
      }
      at = next + mark.length();
      bold = !bold;
    }
    return runs;
  }

  private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

  private static String unescape(String html) {
    String named =
        html.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&nbsp;", " ");
    Matcher numeric = NUMERIC.matcher(named);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      String digits = numeric.group(1);
      int codePoint =
          digits.startsWith("x")
              ? Integer.parseInt(digits.substring(1), 16)
              : Integer.parseInt(digits);
      numeric.appendReplacement(
          out, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
    }
    numeric.appendTail(out);
    // Last, so an escaped entity such as "&amp;lt;" stays literal text.
    return out.toString().replace("&amp;", "&");
  }
}
