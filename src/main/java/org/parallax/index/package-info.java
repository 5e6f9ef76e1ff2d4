/**
 * The library of a workspace behind one interface, {@link org.parallax.index.ArticleIndex}, with
 * what every backend shares (annotation terms, entity terms, query errors); the embedded Lucene
 * backend lives in {@code index.lucene}.
 */
package org.parallax.index;
