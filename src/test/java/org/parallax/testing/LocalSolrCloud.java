package org.parallax.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud for the tests tagged {@code cluster}: Jetty nodes and an embedded ZooKeeper from
 * solr-test-framework, with Parallax's configset uploaded, handing out fresh collections.
 */
public final class LocalSolrCloud implements AutoCloseable {

  // Not the name `parallax index create` uploads under: a configset uploaded here is trusted and
  // an upload through the API may not replace it.
  private static final String CONFIGSET = "parallax-tests";
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  private final MiniSolrCloudCluster cluster;

  private LocalSolrCloud(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
  }

  /** Starts a cluster of {@code nodes} nodes in a temporary folder; returns once it answers. */
  public static LocalSolrCloud start(int nodes) throws Exception {
    Path home = Files.createTempDirectory("parallax-solrcloud");
    return new LocalSolrCloud(
        new MiniSolrCloudCluster.Builder(nodes, home).addConfig(CONFIGSET, configset()).build());
  }

  /** Returns the base URL of every node, as {@code --index} lists them. */
  public List<String> nodeUrls() {
    return cluster.getJettySolrRunners().stream()
        .map(node -> node.getBaseUrl().toString())
        .toList();
  }

  /**
   * Creates an empty collection from Parallax's configset and waits until every replica is active.
   *
   * @return its name
   */
  public String newCollection(int shards, int replicas) throws Exception {
    String collection = "articles" + COLLECTIONS.incrementAndGet();
    CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, shards, shards * replicas);
    return collection;
  }

  /** Returns the {@code --index} value of a collection on this cluster. */
  public String indexOption(String collection) {
    return "solr:" + String.join(",", nodeUrls()) + "/" + collection;
  }

  /** Stops one node, as a crash or a maintenance window would; its replicas go down with it. */
  public void stopNode(int node) throws Exception {
    cluster.stopJettySolrRunner(node);
  }

  /**
   * Shuts the cluster down. Declares IOException, not Exception, so that a try-with-resources does
   * not appear to swallow an interrupt; an interrupted shutdown keeps the thread's interrupt flag.
   */
  @Override
  public void close() throws IOException {
    try {
      cluster.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the Solr test cluster", e);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("could not stop the Solr test cluster", e);
    }
  }

  private static Path configset() throws URISyntaxException {
    return Path.of(
        LocalSolrCloud.class.getResource("/org/parallax/index/solr/configset/conf").toURI());
  }
}
