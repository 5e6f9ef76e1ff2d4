package org.parallax.index.solr;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.parallax.index.ArticleIndex;
import org.parallax.index.ArticleIndexContract;

/**
 * The index contract on a real SolrCloud: two Jetty nodes and an embedded ZooKeeper started once
 * for the suite, each test on a fresh collection of 2 shards x 2 replicas made from Parallax's
 * configset.
 */
@Tag("cluster")
class SolrArticleIndexContractTest extends ArticleIndexContract {

  private static final String CONFIGSET = "parallax";
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  private static Path home;
  private static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    home = Files.createTempDirectory("parallax-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, home).addConfig(CONFIGSET, configset()).build();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Override
  protected ArticleIndex openEmpty() throws Exception {
    String collection = "articles" + COLLECTIONS.incrementAndGet();
    CollectionAdminRequest.createCollection(collection, CONFIGSET, 2, 2)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 2, 4);
    List<String> urls =
        cluster.getJettySolrRunners().stream().map(node -> node.getBaseUrl().toString()).toList();
    return SolrArticleIndex.open(new SolrLocation(urls, collection));
  }

  private static Path configset() throws URISyntaxException {
    return Path.of(
        SolrArticleIndexContractTest.class
            .getResource("/org/parallax/index/solr/configset/conf")
            .toURI());
  }
}
