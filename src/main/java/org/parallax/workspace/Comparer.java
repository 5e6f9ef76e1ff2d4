package org.parallax.workspace;

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
   * Loads what the first comparison would otherwise load on the way (models, lexicons), so a caller
   * with idle time can spend it before the user asks. Does nothing by default.
   */
  default void warmUp() {}
}
