package org.parallax.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.security.Sha256AuthenticationProvider;

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

  /** The administrator's user name and password when the cluster asks for them, else null. */
  private final String[] admin;

  private final List<JettySolrRunner> stopped = new ArrayList<>();

  private LocalSolrCloud(MiniSolrCloudCluster cluster, String[] admin) {
    this.cluster = cluster;
    this.admin = admin;
  }

  /** Returns the bytes every node's files take (indexes of all replicas, logs, ZooKeeper). */
  public long diskBytes() throws IOException {
    try (Stream<Path> files = Files.walk(cluster.getBaseDir())) {
      return files.filter(Files::isRegularFile).mapToLong(LocalSolrCloud::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // a file the cluster removed while counting
    }
  }

  /** Starts a cluster of {@code nodes} nodes in a temporary folder; returns once it answers. */
  public static LocalSolrCloud start(int nodes) throws Exception {
    Path home = Files.createTempDirectory("parallax-solrcloud");
    return new LocalSolrCloud(
        new MiniSolrCloudCluster.Builder(nodes, home).addConfig(CONFIGSET, configset()).build(),
        null);
  }

  /**
   * Starts a cluster whose every request needs HTTP basic authentication as one user (Solr's
   * BasicAuthPlugin with the password stored salted and hashed, as in a production security.json).
   */
  public static LocalSolrCloud startWithBasicAuth(int nodes, String user, String password)
      throws Exception {
    String security =
        """
        {"authentication": {"class": "solr.BasicAuthPlugin", "blockUnknown": true,
                            "credentials": {"%s": "%s"}},
         "authorization": {"class": "solr.RuleBasedAuthorizationPlugin",
                           "permissions": [{"name": "all", "role": "admin"}],
                           "user-role": {"%s": "admin"}}}
        """
            .formatted(user, Sha256AuthenticationProvider.getSaltedHashedValue(password), user);
    Path home = Files.createTempDirectory("parallax-solrcloud");
    return new LocalSolrCloud(
        new MiniSolrCloudCluster.Builder(nodes, home)
            .addConfig(CONFIGSET, configset())
            .withSecurityJson(security)
            .build(),
        new String[] {user, password});
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
    var create = CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas);
    if (admin != null) {
      create.setBasicAuthCredentials(admin[0], admin[1]);
    }
    create.process(cluster.getSolrClient());
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

  /** Stops every node, as a power cut or a network split would. */
  public void stopAll() throws Exception {
    // The cluster forgets a node it stops: keep them to start again.
    for (JettySolrRunner node : List.copyOf(cluster.getJettySolrRunners())) {
      cluster.stopJettySolrRunner(node);
      stopped.add(node);
    }
  }

  /**
   * Starts every node {@link #stopAll} stopped again on its old port (the URLs clients were given
   * stay right) and waits until a collection's replicas are all active again.
   */
  public void restartAll(String collection, int shards, int replicas) throws Exception {
    for (JettySolrRunner node : stopped) {
      cluster.startJettySolrRunner(node, true);
    }
    stopped.clear();
    cluster.waitForActiveCollection(collection, shards, shards * replicas);
  }

  /**
   * Shuts the cluster down and deletes its folder (a benchmark's cluster leaves most of a
   * gigabyte). Declares IOException, not Exception, so that a try-with-resources does not appear to
   * swallow an interrupt; an interrupted shutdown keeps the thread's interrupt flag.
   */
  @Override
  public void close() throws IOException {
    Path home = cluster.getBaseDir();
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
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Path configset() throws URISyntaxException {
    return Path.of(
        LocalSolrCloud.class.getResource("/org/parallax/index/solr/configset/conf").toURI());
  }
}
