/**
 * Workspace-wide syndication scan and event grouping: fingerprints that find candidate rewrites
 * without comparing all pairs, and clustering of reports into same-event groups.
 *
 * <p>Pure like {@code compare}: the index stores and queries the fingerprints, the workspace runs
 * the engine on the candidates.
 */
package org.parallax.scan;
