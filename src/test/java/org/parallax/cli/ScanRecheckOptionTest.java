package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.ScanFixtures;
import org.parallax.workspace.Workspace;

/** {@code parallax scan} re-checks with embeddings unless told not to. */
class ScanRecheckOptionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;

  @BeforeEach
  void storeReports() throws Exception {
    workspace = temp.resolve("ws");
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
    }
  }

  @Test
  void scanRechecksWithEmbeddingsByDefault() throws Exception {
    CommandRun scan = CommandRun.in(workspace, "scan", "--json");

    assertThat(scan.exitCode()).isZero();
    assertThat(JSON.readTree(scan.out()).get("embeddingRecheck").asBoolean()).isTrue();
  }

  @Test
  void scanWithoutEmbeddingsDecidesEveryPairLexically() throws Exception {
    CommandRun scan = CommandRun.in(workspace, "scan", "--json", "--no-embeddings");

    JsonNode results = JSON.readTree(scan.out());
    assertThat(results.get("embeddingRecheck").asBoolean()).isFalse();
    assertThat(results.get("pairs").get(0).get("decidedBy").asText()).isEqualTo("lexical");
  }

  @Test
  void tableSaysHowManyPairsWereRechecked() {
    CommandRun scan = CommandRun.in(workspace, "scan");

    assertThat(scan.out()).contains("re-checked with embeddings");
  }
}
