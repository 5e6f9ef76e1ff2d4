/**
 * The Lucene index of a workspace: schema, writing, search with facets and highlights, and related
 * reports. The only package that imports Lucene.
 */
package org.parallax.index;
