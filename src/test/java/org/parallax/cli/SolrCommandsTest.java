package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.EventFixtures;
import org.parallax.syndication.ScanFixtures;
import org.parallax.testing.LocalSolrCloud;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.Workspace;

/** The library commands with {@code --index} on a real 2-node SolrCloud. */
@Tag("cluster")
class SolrCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static LocalSolrCloud cloud;

  @TempDir Path temp;

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

  private CommandRun run(String index, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    return CommandRun.in(temp.resolve("ws"), all);
  }

  @Test
  void ingestsTheSeedsAndFindsThemWithSearchAndRelated() throws Exception {
    String index = cloud.indexOption(cloud.newCollection(2, 2));

    CommandRun ingest =
        run(index, "ingest", SeedFiles.reuters().toString(), SeedFiles.diplomat().toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();

    JsonNode search = JSON.readTree(run(index, "search", "Mali", "--json").out());
    assertThat(search.get("total").asInt()).isEqualTo(2);
    String reuters = null;
    String diplomat = null;
    for (JsonNode hit : search.get("hits")) {
      if (hit.get("outlet").asText().equals("Reuters")) {
        reuters = hit.get("id").asText();
      } else {
        diplomat = hit.get("id").asText();
      }
    }

    JsonNode related = JSON.readTree(run(index, "related", reuters, "--json").out());
    assertThat(related.get("hits").get(0).get("id").asText()).isEqualTo(diplomat);
  }

  @Test
  void scanFindsTheUncreditedRewriteOnTheCluster() throws Exception {
    String index = cloud.indexOption(cloud.newCollection(2, 2));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), IndexChoice.parse(index))) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
    }

    CommandRun scan = run(index, "scan", "--json");

    assertThat(scan.exitCode()).as(scan.err()).isZero();
    JsonNode pair = JSON.readTree(scan.out()).get("pairs").get(0);
    assertThat(pair.get("source").get("id").asText()).isEqualTo("wire");
    assertThat(pair.get("verdict").asText()).isEqualTo("derived-from-source");
    assertThat(pair.get("credited").asBoolean()).isFalse();
  }

  @Test
  void eventsGroupTheArchiveAsTheEmbeddedIndexDoes() throws Exception {
    String index = cloud.indexOption(cloud.newCollection(2, 2));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), IndexChoice.parse(index))) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
      workspace.ingestArticles(EventFixtures.twoEvents());
    }

    CommandRun events = run(index, "events");

    assertThat(events.exitCode()).as(events.err()).isZero();
    assertThat(events.out()).startsWith("2 event(s)");
  }

  @Test
  void indexCreateMakesTheCollectionAndStatusDescribesIt() {
    String index = cloud.indexOption("created");

    CommandRun create =
        CommandRun.of("index", "create", "--shards", "2", "--replicas", "2", "--index", index);
    assertThat(create.exitCode()).as(create.err()).isZero();
    run(index, "ingest", SeedFiles.reuters().toString(), SeedFiles.diplomat().toString());
    CommandRun status = CommandRun.of("index", "status", "--index", index);

    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("Collection:  created")
        .contains("2 of 2 replica(s) active")
        .contains("Articles:    2 (2 version(s))");
  }

  @Test
  void aValueThatNamesNoCollectionIsAClearError() {
    CommandRun search = run("solr:http://localhost:8983/solr/", "search", "Mali");

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.err()).contains("--index").contains("names no collection");
  }
}
