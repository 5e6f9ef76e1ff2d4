package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;

class LibraryCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;
  private Path input;

  private CommandRun run(String... args) {
    return CommandRun.in(workspace, args);
  }

  @BeforeEach
  void writeReports() throws IOException {
    workspace = temp.resolve("ws");
    input = temp.resolve("input");
    Files.createDirectories(input);
    Files.writeString(
        input.resolve("mali.txt"),
        "The United States is nearing a deal with Mali to resume surveillance flights, officials"
            + " in Bamako said.\n\nThe junta expelled French troops in 2022.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("mali2.txt"),
        "Officials in Bamako confirmed that Mali and the United States are close to a deal on"
            + " surveillance flights.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("derby.txt"),
        "Arsenal beat Chelsea in the London derby on Saturday.\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void ingestSummarisesOnStandardErrorAndPrintsNothingOnStandardOutput() {
    CommandRun ingest = run("ingest", input.toString());

    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.out()).isEmpty();
    assertThat(ingest.err()).contains("Stored 3 article(s)").contains("0 file(s) failed");
  }

  @Test
  void ingestReportsProgressByArticleOfAJsonLinesFile() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      lines
          .append("{\"id\": \"wire-")
          .append(i)
          .append("\", \"title\": \"Report ")
          .append(i)
          .append("\", \"body\": \"Cocoa report number ")
          .append(i)
          .append(" from Bahia.\"}\n");
    }
    Path wires = Files.writeString(temp.resolve("wires.jsonl"), lines, StandardCharsets.UTF_8);

    CommandRun ingest = run("ingest", wires.toString());

    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.out()).isEmpty();
    assertThat(ingest.err())
        .contains("ingest: 1/1 files done: 30 article(s) read, 30 stored, 0 duplicate(s)")
        .contains("articles/s");
  }

  @Test
  void ingestExitsWithOneAndNamesTheFileWhenAFileFails() throws IOException {
    Path empty = Files.writeString(input.resolve("empty.txt"), "");

    CommandRun ingest = run("ingest", input.toString());

    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.err()).contains("Stored 3 article(s)").contains("FAILED " + empty);
  }

  @Test
  void searchJsonHasTotalAndHitsWithTheContractFields() throws IOException {
    run("ingest", input.toString());

    CommandRun search = run("search", "surveillance", "--json");

    assertThat(search.exitCode()).isZero();
    JsonNode json = JSON.readTree(search.out());
    assertThat(json.get("total").asInt()).isEqualTo(2);
    assertThat(json.get("hits")).hasSize(2);
    assertThat(json.get("hits").get(0).fieldNames())
        .toIterable()
        .contains("id", "outlet", "title", "published", "score", "snippet");
    assertThat(json.get("hits").get(0).get("snippet").asText()).contains("<b>surveillance</b>");
  }

  @Test
  void searchTextListsHitsWithTheirIds() {
    run("ingest", input.toString());

    CommandRun search = run("search", "Arsenal");

    assertThat(search.out()).contains("1 article(s) match").contains("id: ").contains("[Arsenal]");
  }

  @Test
  void searchWithBadSyntaxExitsWithTwoAndExplains() {
    run("ingest", input.toString());

    CommandRun search = run("search", "Mali AND (");

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.out()).isEmpty();
    assertThat(search.err()).contains("cannot understand the query");
  }

  @Test
  void showJsonPrintsTheArticleWithItsMetadata() throws IOException {
    run("ingest", input.toString());
    String id = firstHitId("Arsenal");

    CommandRun show = run("show", id, "--json");

    JsonNode json = JSON.readTree(show.out());
    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("paragraphs").get(0).asText()).contains("Arsenal beat Chelsea");
    assertThat(json.get("source").get("name").asText()).isEqualTo("derby.txt");
  }

  @Test
  void showOfAnUnknownIdExitsWithOne() {
    run("ingest", input.toString());

    CommandRun show = run("show", "no-such-id");

    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.err()).contains("no article with id no-such-id");
  }

  @Test
  void relatedJsonPutsTheReportOnTheSameEventFirst() throws IOException {
    run("ingest", input.toString());
    String mali = firstHitId("\"expelled French troops\"");
    String otherMali = firstHitId("confirmed");

    CommandRun related = run("related", mali, "--json");

    JsonNode json = JSON.readTree(related.out());
    assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo(otherMali);
  }

  @Test
  void showPrintsTheSeedsWithTheirOutletDatelineAndDate() throws IOException {
    run("ingest", SeedFiles.reuters().toString(), SeedFiles.diplomat().toString());

    JsonNode reuters = JSON.readTree(run("show", firstHitId("outlet:Reuters"), "--json").out());
    JsonNode diplomat =
        JSON.readTree(run("show", firstHitId("outlet:Diplomat.so"), "--json").out());

    assertThat(reuters.get("outlet").asText()).isEqualTo("Reuters");
    assertThat(reuters.get("dateline").asText()).isEqualTo("DAKAR");
    assertThat(reuters.get("published").asText()).startsWith("2026-03-09");
    assertThat(diplomat.get("byline").asText()).isEqualTo("Guled Abdi");
    assertThat(diplomat.get("dateline").asText()).isEqualTo("Bamako");
    assertThat(diplomat.get("published").asText()).isEqualTo("2026-03-10T12:02+03:00");
  }

  private String firstHitId(String query) throws IOException {
    JsonNode json = JSON.readTree(run("search", query, "--json").out());
    return json.get("hits").get(0).get("id").asText();
  }
}
