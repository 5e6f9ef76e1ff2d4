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

/**
 * {@code parallax correct} and {@code parallax corrections}, and their marks in {@code compare}.
 */
class CorrectCommandTest {

  private static final String REUTERS = "6736aa315c22263e";
  private static final String DIPLOMAT = "9edccf9cd2db999b";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;

  @BeforeEach
  void ingestSeeds() {
    workspace = temp.resolve("ws");
    CommandRun ingest =
        CommandRun.in(
            workspace, "ingest", SeedFiles.reuters().toString(), SeedFiles.diplomat().toString());
    assertThat(ingest.exitCode()).isZero();
  }

  private JsonNode listed() throws IOException {
    CommandRun list = CommandRun.in(workspace, "corrections", "--json");
    assertThat(list.exitCode()).isZero();
    return MAPPER.readTree(list.out());
  }

  @Test
  void aLinkIsListedAndMarkedInTheJsonOfACompareOfTheFilesInEitherOrder() throws IOException {
    CommandRun correct =
        CommandRun.in(workspace, "correct", REUTERS, DIPLOMAT, "--link", "L:28=R:11");
    assertThat(correct.exitCode()).as(correct.err()).isZero();
    String id = listed().get(0).path("id").asText();
    assertThat(correct.out()).startsWith("L28 = R11  linked: the same claim  " + id);
    assertThat(listed().get(0).path("state").asText()).isEqualTo("anchored");

    CommandRun swapped =
        CommandRun.in(
            workspace,
            "compare",
            SeedFiles.diplomat().toString(),
            SeedFiles.reuters().toString(),
            "--json",
            "--no-embeddings");

    JsonNode json = MAPPER.readTree(swapped.out());
    JsonNode linked = null;
    for (JsonNode pair : json.path("pairs")) {
      if (pair.path("left").toString().equals("[11]")) {
        linked = pair;
      }
    }
    assertThat(linked).isNotNull();
    assertThat(linked.path("right").toString()).isEqualTo("[28]");
    assertThat(linked.path("by").asText()).isEqualTo("analyst");
    assertThat(linked.path("correction").asText()).isEqualTo(id);
    assertThat(json.at("/corrections/0/state").asText()).isEqualTo("applied");
  }

  @Test
  void theBatchAppliesCorrectionsToo() throws IOException {
    CommandRun.in(workspace, "correct", REUTERS, DIPLOMAT, "--relation", "L:28=R:11:same");
    Path pairs = temp.resolve("pairs.tsv");
    Files.writeString(pairs, REUTERS + "\t" + DIPLOMAT + "\n", StandardCharsets.UTF_8);

    CommandRun batch =
        CommandRun.in(workspace, "compare", "--batch", pairs.toString(), "--no-embeddings");

    JsonNode line = MAPPER.readTree(batch.out().lines().findFirst().orElseThrow());
    assertThat(line.at("/corrections/0/kind").asText()).isEqualTo("relation");
    assertThat(line.at("/corrections/0/value").asText()).isEqualTo("same");
  }

  @Test
  void aSentenceTheReportDoesNotHaveIsRefusedAndNothingIsStored() throws IOException {
    CommandRun correct =
        CommandRun.in(workspace, "correct", REUTERS, DIPLOMAT, "--link", "L:28=R:99");

    assertThat(correct.exitCode()).isEqualTo(1);
    assertThat(correct.err()).contains("the right report has no sentence 99");
    assertThat(listed()).isEmpty();
  }

  @Test
  void aVerdictWithoutAReasonAndAMalformedSentenceListAreBadUsage() {
    CommandRun verdict =
        CommandRun.in(workspace, "correct", REUTERS, DIPLOMAT, "--verdict", "independent");
    CommandRun malformed = CommandRun.in(workspace, "correct", REUTERS, DIPLOMAT, "--link", "3=1");

    assertThat(verdict.exitCode()).isEqualTo(2);
    assertThat(verdict.err()).contains("--reason");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("L:3,5=R:1");
  }

  @Test
  void aVerdictWithAReasonIsAnAssessingCorrection() throws IOException {
    CommandRun correct =
        CommandRun.in(
            workspace,
            "correct",
            REUTERS,
            DIPLOMAT,
            "--verdict",
            "independent",
            "--reason",
            "both rewrite the State Department's briefing");

    assertThat(correct.exitCode()).as(correct.err()).isZero();
    JsonNode listed = listed().get(0);
    assertThat(listed.path("motivation").asText()).isEqualTo("assessing");
    assertThat(listed.path("reason").asText()).contains("briefing");
    CommandRun csv = CommandRun.in(workspace, "corrections", "--csv");
    assertThat(csv.out().split("\r\n"))
        .hasSize(2)
        .satisfies(rows -> assertThat(rows[1]).contains(",verdict,independent,"));
  }
}
