package org.parallax.compare;

import java.util.List;

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
}
