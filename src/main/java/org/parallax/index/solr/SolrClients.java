package org.parallax.index.solr;

import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.parallax.index.ArchiveCredentials;

/** The one place a client of the cluster is built: its nodes, its credentials, its time-outs. */
final class SolrClients {

  /**
   * How long a node may take to accept a connection: a host that is down but not refusing would
   * otherwise hold each request for SolrJ's default minute.
   */
  private static final long CONNECT_SECONDS = 5;

  private SolrClients() {}

  /** Returns a client of the location's nodes, sending its collection by default. */
  static CloudHttp2SolrClient of(SolrLocation location, ArchiveCredentials credentials) {
    Http2SolrClient.Builder http =
        new Http2SolrClient.Builder().withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS);
    if (credentials.isPresent()) {
      http.withBasicAuthCredentials(credentials.user(), credentials.password());
    }
    return new CloudHttp2SolrClient.Builder(location.nodeUrls())
        .withHttpClientBuilder(http)
        .withDefaultCollection(location.collection())
        .build();
  }
}
