package org.parallax.index.solr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.parallax.index.ArchiveCredentials;
import org.parallax.index.ArticleIndex;
import org.parallax.index.ArticleIndexContract;
import org.parallax.testing.LocalSolrCloud;

/**
 * The index contract on a real SolrCloud: two nodes started once for the suite, each test on a
 * fresh collection of 2 shards x 2 replicas made from Parallax's configset.
 */
@Tag("cluster")
class SolrArticleIndexContractTest extends ArticleIndexContract {

  private static LocalSolrCloud cloud;

  @BeforeAll
  static void startCluster() throws Exception {
    cloud = LocalSolrCloud.start(2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Override
  protected ArticleIndex openEmpty() throws Exception {
    return SolrArticleIndex.open(
        SolrLocation.parse(cloud.indexOption(cloud.newCollection(2, 2))), ArchiveCredentials.NONE);
  }
}
