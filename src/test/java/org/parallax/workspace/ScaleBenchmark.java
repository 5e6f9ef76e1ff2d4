package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.LocalSolrCloud;

/**
 * The embedded index and a 2-node SolrCloud (2 shards x 2 replicas, every node on this machine and
 * in this JVM) measured side by side in one run, on the same articles and queries ({@link
 * LibraryBenchmark#measure}): ingest throughput, search p50 and related-reports p50.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=ScaleBenchmark
 * [-Dscale.articles=100000]}. The figures go to docs/scale.md with the load average printed.
 */
@Tag("benchmark")
class ScaleBenchmark {

  @TempDir Path temp;

  @Test
  void measuresEmbeddedAndSolrCloudSideBySide() throws Exception {
    int size = Integer.getInteger("scale.articles", 100_000);
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.out.println(
        "ScaleBenchmark seed " + seed + " (replay with -Dparallax.test.seed=" + seed + ")");
    printLoad("start");

    LibraryBenchmark.Figures embedded;
    try (Workspace workspace = Workspace.open(temp.resolve("embedded"))) {
      embedded = LibraryBenchmark.measure(workspace, seed, size, "embedded ");
      System.out.printf(
          Locale.ROOT, "embedded index on disk: %,d bytes%n", workspace.index().sizeOnDisk());
    }
    printLoad("after embedded");

    LibraryBenchmark.Figures solr;
    try (LocalSolrCloud cloud = LocalSolrCloud.start(2)) {
      IndexChoice archive = IndexChoice.parse(cloud.indexOption(cloud.newCollection(2, 2)));
      try (Workspace workspace = Workspace.open(temp.resolve("solr"), archive)) {
        solr = LibraryBenchmark.measure(workspace, seed, size, "solrcloud ");
      }
      System.out.printf(
          Locale.ROOT,
          "solrcloud on disk (2 shards x 2 replicas, tlogs, ZooKeeper): %,d bytes%n",
          cloud.diskBytes());
    }
    printLoad("after solrcloud");

    System.out.printf(
        Locale.ROOT,
        "| %,d articles | embedded | SolrCloud 2 nodes, 2x2 | ratio |%n"
            + "| ingest, articles/s | %.0f | %.0f | %.2f |%n"
            + "| search p50, ms | %.1f | %.1f | %.1f |%n"
            + "| related p50, ms | %.1f | %.1f | %.1f |%n",
        size,
        embedded.ingestPerSecond(),
        solr.ingestPerSecond(),
        solr.ingestPerSecond() / embedded.ingestPerSecond(),
        embedded.searchP50(),
        solr.searchP50(),
        solr.searchP50() / embedded.searchP50(),
        embedded.relatedP50(),
        solr.relatedP50(),
        solr.relatedP50() / embedded.relatedP50());
    assertThat(solr.ingestPerSecond()).isPositive();
  }

  private static void printLoad(String when) {
    System.out.printf(
        Locale.ROOT,
        "load average %s: %.2f on %d cores%n",
        when,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }
}
