/**
 * The records every other package speaks: articles as ingested, their analysed sentences, and the
 * result of comparing two of them.
 *
 * <p>This package depends on nothing else of Parallax and on no library: it is the vocabulary the
 * layers above share. All records are immutable.
 *
 * <p>Offsets: inside the program a {@link org.parallax.model.Span} counts UTF-16 {@code char}s of
 * {@link org.parallax.model.Article#text()}, as Java strings do; anything that leaves the program
 * (JSON, annotations) converts them to Unicode code points with {@link
 * org.parallax.model.CodePoints}, as the W3C annotation model requires. Spans are half-open.
 */
package org.parallax.model;
