/**
 * The shared backend: a newsroom's archive on SolrCloud, reached with SolrJ over the nodes' HTTP
 * URLs, with a configset mirroring the embedded Lucene schema. The only package that imports SolrJ.
 */
package org.parallax.index.solr;
