package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.LocalSolrCloud;
import org.parallax.testing.SeedFiles;

/**
 * With a replication factor of 2, one stopped node leaves search and compare working: every shard
 * still has a live replica, and the client reaches the cluster through the other node's URL.
 */
@Tag("cluster")
class SolrNodeDownTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private LocalSolrCloud cloud;

  @AfterEach
  void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  private CommandRun run(String index, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index, "--workspace", temp.resolve("ws").toString()));
    return CommandRun.of(all.toArray(String[]::new));
  }

  @Test
  void searchAndCompareWorkWithOneNodeStopped() throws Exception {
    cloud = LocalSolrCloud.start(2);
    String index = cloud.indexOption(cloud.newCollection(2, 2));
    run(index, "ingest", SeedFiles.reuters().toString(), SeedFiles.diplomat().toString());
    List<String> ids = new ArrayList<>();
    JSON.readTree(run(index, "search", "Mali", "--json").out())
        .get("hits")
        .forEach(hit -> ids.add(hit.get("id").asText()));

    cloud.stopNode(0);

    CommandRun search = run(index, "search", "Mali", "--json");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(JSON.readTree(search.out()).get("total").asInt()).isEqualTo(2);
    CommandRun compare = run(index, "compare", ids.get(0), ids.get(1), "--no-embeddings", "--json");
    assertThat(compare.exitCode()).as(compare.err()).isZero();
    JsonNode comparison = JSON.readTree(compare.out());
    assertThat(comparison.at("/derivation/verdict").asText()).isNotBlank();
  }
}
