package org.parallax.model;

/** Counts the words of a text as a reader would: runs of letters or digits. */
public final class WordCount {

  private WordCount() {}

  /**
   * Returns how many runs of letters or digits {@code text} holds; an apostrophe inside a word
   * ("Washington's") does not split it.
   */
  public static int of(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (!(inWord && (c == '\'' || c == '\u2019'))) {
        inWord = false;
      }
    }
    return words;
  }
}
