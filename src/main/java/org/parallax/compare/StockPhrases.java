package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Boilerplate a caller knows of: runs of {@value #WORDS} words that recur across so many stories of
 * a workspace (a results table's labels, a sign-off, "said in a statement") that sharing them is no
 * evidence of copying.
 *
 * <p>The engine asks about every run of {@value #WORDS} folded words (lower case, no punctuation)
 * of both reports; words inside a stock run are shown as boilerplate and never count as copy
 * evidence. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface StockPhrases {

  /** Words in a run the engine asks about. */
  int WORDS = 4;

  /** Knows of no boilerplate: every shared run counts. */
  StockPhrases NONE = words -> false;

  /**
   * Returns true when this run recurs across too many stories to be evidence of copying.
   *
   * @param words {@value #WORDS} folded words in reading order
   */
  boolean isStock(List<String> words);

  /**
   * Returns true when a word is used by so many stories of the workspace that it cannot say which
   * story a report is about ("debentures" in a wire's bond reports): such a word is never one of
   * the names a report centres on. Knows of none by default.
   *
   * @param word a folded word
   */
  default boolean isCommon(String word) {
    return false;
  }

  /**
   * Returns the words of a text as the engine asks about them: runs of letters and digits in lower
   * case, apostrophes dropped inside a word ("Washington's" is "washingtons"), anything else a
   * break. A caller that counts runs across a workspace must read texts with this method.
   *
   * @param text any text
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
    return words;
  }
}
