package org.parallax.index;

import org.parallax.model.ArticleId;

/**
 * A report that shares sampled word shingles with another: a candidate rewrite to verify.
 *
 * @param id the other report
 * @param shared how many of the first report's fingerprints it also has
 */
public record FingerprintMatch(ArticleId id, int shared) {}
