package org.parallax.evaluation;

import org.parallax.compare.ComparisonEngine;

/** The engine as the product builds it, for the evaluations. */
public final class Engines {

  private Engines() {}

  /**
   * Returns the engine with the shipped calibration and the English IDF table.
   *
   * @param embeddings whether the embedding signal is used
   */
  public static ComparisonEngine standard(boolean embeddings) {
    return ComparisonEngine.builder().useEmbeddings(embeddings).build();
  }
}
