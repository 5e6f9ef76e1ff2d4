package org.parallax.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The process behind {@code ./parallax-cluster start}: a local SolrCloud (Jetty nodes and an
 * embedded ZooKeeper from solr-test-framework) to try a shared archive on, not to run one.
 *
 * <p>It lives in test scope because Solr's server jars do (they would add about 100 MB to every
 * installation for a trial). Once every node answers it writes the {@code --index} value to {@code
 * DIR/index} (atomically, so the script never reads half of it) and runs until it is stopped; a
 * stop (SIGTERM) shuts the nodes down through the shutdown hook.
 */
public final class TrialCluster {

  /** The file, in the cluster's folder, holding the {@code --index} value. */
  public static final String INDEX_FILE = "index";

  /** The file {@code ./parallax-cluster stop-node N} writes N in, to stop one node. */
  public static final String STOP_NODE_FILE = "stop-node";

  /** The collection name the printed value suggests; {@code parallax index create} makes it. */
  public static final String COLLECTION = "articles";

  private TrialCluster() {}

  /**
   * Starts the cluster.
   *
   * @param args {@code --nodes N --dir DIR}
   */
  public static void main(String[] args) throws Exception {
    int nodes = 2;
    Path dir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null || nodes < 1) {
      throw new IllegalArgumentException("usage: TrialCluster --nodes N --dir DIR");
    }
    Path home = Files.createDirectories(dir.resolve("solr"));
    // No configset is uploaded here: one uploaded this way is trusted, and `parallax index create`
    // could then not replace it with its own (untrusted) upload, as on a production cluster.
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, home).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.shutdown();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                },
                "trial-cluster-shutdown"));
    writeIndexValue(dir, cluster);
    while (!stopped.await(500, TimeUnit.MILLISECONDS)) {
      stopNodeIfAsked(dir, cluster);
    }
  }

  /**
   * Stops the node {@code DIR/stop-node} names (1 for the first URL of the {@code --index} value),
   * as a crash or a maintenance window would, then deletes the request: {@code ./parallax-cluster
   * stop-node N} waits for that.
   */
  private static void stopNodeIfAsked(Path dir, MiniSolrCloudCluster cluster) throws Exception {
    Path request = dir.resolve(STOP_NODE_FILE);
    if (!Files.exists(request)) {
      return;
    }
    int node = Integer.parseInt(Files.readString(request, StandardCharsets.UTF_8).strip());
    cluster.stopJettySolrRunner(node - 1);
    Files.delete(request);
  }

  private static void writeIndexValue(Path dir, MiniSolrCloudCluster cluster) throws IOException {
    String urls =
        String.join(
            ",",
            cluster.getJettySolrRunners().stream()
                .map(node -> node.getBaseUrl().toString())
                .toList());
    Path partial = dir.resolve(INDEX_FILE + ".partial");
    Files.writeString(partial, "solr:" + urls + "/" + COLLECTION + "\n", StandardCharsets.UTF_8);
    Files.move(partial, dir.resolve(INDEX_FILE), StandardCopyOption.ATOMIC_MOVE);
  }
}
