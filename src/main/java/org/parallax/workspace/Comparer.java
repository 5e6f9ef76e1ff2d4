package org.parallax.workspace;

import org.parallax.compare.StockPhrases;
import org.parallax.model.Article;
import org.parallax.model.Comparison;

/** Compares two articles with the comparison engine, analysing them first (with caching). */
public interface Comparer {

  /**
   * Compares two reports.
   *
   * @param left the left report (usually the earlier or the presumed source)
   * @param right the right report
   */
  Comparison compare(Article left, Article right);

  /**
   * Compares two reports, leaving a workspace's boilerplate out of the copy evidence.
   *
   * @param left the left report
   * @param right the right report
   * @param stock the workspace's boilerplate
   */
  Comparison compare(Article left, Article right, StockPhrases stock);

  /**
   * Loads what the first comparison would otherwise load on the way (models, lexicons), so a caller
   * with idle time can spend it before the user asks. Does nothing by default.
   */
  default void warmUp() {}
}
