/**
 * The pure core of the syndication feature: shingle fingerprints that find candidate rewrites
 * without comparing all pairs, the fingerprint table the index fills, and the clustering of related
 * reports into same-event groups with its B-cubed score.
 *
 * <p>Pure like {@code compare} (only the model and the JDK's collections), so the scan is
 * deterministic and the index may store the fingerprints without depending on the feature above.
 */
package org.parallax.syndication.pure;
