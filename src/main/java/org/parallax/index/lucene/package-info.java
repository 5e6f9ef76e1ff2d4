/**
 * The embedded index: Lucene in the workspace folder (schema, writing, search with facets and
 * highlights, related reports, fingerprint postings). The only package that imports Lucene.
 */
package org.parallax.index.lucene;
