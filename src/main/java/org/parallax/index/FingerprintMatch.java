package org.parallax.index;

import org.parallax.model.ArticleId;

/**
 * A report that shares sampled word shingles with another: a candidate rewrite to verify.
 *
 * @param id the other report
 * @param shared how many of the first report's fingerprints it also has
 * @param of how many fingerprints the first report has (at most the query's clause cap)
 */
public record FingerprintMatch(ArticleId id, int shared, int of) {

  /** Returns the share of the first report's fingerprints the other has, in [0, 1]. */
  public double containment() {
    return of == 0 ? 0 : (double) shared / of;
  }
}
