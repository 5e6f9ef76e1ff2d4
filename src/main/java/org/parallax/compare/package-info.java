/**
 * The comparison engine: claim similarity, many-to-many alignment, typed differences, word diffs,
 * reuse metrics and the derivation verdict.
 *
 * <p>Pure: no I/O, no Lucene, no JavaFX, no Jackson; the same two analysed articles always give the
 * same {@link org.parallax.model.Comparison}.
 */
package org.parallax.compare;
