package org.parallax.evaluation;

import org.parallax.analysis.IdfTable;
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
    IdfTable idf = IdfTable.english();
    return ComparisonEngine.builder()
        .idf(idf.asMap(), idf.maxIdf())
        .useEmbeddings(embeddings)
        .build();
  }
}
