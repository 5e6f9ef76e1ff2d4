package org.parallax.ui.library;

import java.util.List;
import org.parallax.model.ShortText;

/** Names a report that has no headline by the opening words of its text. */
final class HitTitles {

  /** Longest lead shown in place of a headline, in chars. */
  static final int MAX_CHARS = 90;

  private HitTitles() {}

  /**
   * Returns the index of the full stop ending the first sentence, or -1: a stop after a lower-case
   * letter or a digit and before a capital, so "U.S." or "Mr." inside the sentence does not end it.
   */
  private static int sentenceEnd(String text) {
    for (int i = 1; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && (Character.isLowerCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the first sentence of the snippet, cut at a word near {@link #MAX_CHARS}. */
  static String lead(List<SnippetRuns.Run> runs) {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.text()));
    String flat = text.toString().replaceAll("\\s+", " ").replace(" …", "").strip();
    if (flat.isEmpty()) {
      return "Untitled report";
    }
    int sentenceEnd = sentenceEnd(flat);
    String first = sentenceEnd > 0 ? flat.substring(0, sentenceEnd + 1) : flat;
    return ShortText.cut(first, MAX_CHARS);
  }
}
