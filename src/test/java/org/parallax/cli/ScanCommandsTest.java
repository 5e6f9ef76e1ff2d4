package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.ScanFixtures;
import org.parallax.workspace.Workspace;
import picocli.CommandLine;

class ScanCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;

  /** What one run of the command line printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ParallaxCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @BeforeEach
  void storeReports() throws Exception {
    workspace = temp.resolve("ws");
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
    }
  }

  @Test
  void scanPrintsTheDerivedPairAsJson() throws Exception {
    Run scan = run("scan", "--json", "--workspace", workspace.toString());

    assertThat(scan.exitCode()).isZero();
    JsonNode pair = JSON.readTree(scan.out()).get("pairs").get(0);
    assertThat(pair.get("source").get("id").asText()).isEqualTo("wire");
    assertThat(pair.get("derived").get("outlet").asText()).isEqualTo("Daily Courier");
    assertThat(pair.get("verdict").asText()).isEqualTo("derived-from-source");
    assertThat(pair.get("credited").asBoolean()).isFalse();
  }

  @Test
  void scanPrintsATableAndSavesTheResults() {
    Run scan = run("scan", "--workspace", workspace.toString());

    assertThat(scan.out()).contains("1 pair(s)").contains("Daily Courier (2026-03-04) <- Reuters");
    assertThat(workspace.resolve("scan").resolve("results.json")).exists();
  }

  @Test
  void scanRejectsABadDateWithExitCodeTwo() {
    assertThat(run("scan", "--since", "yesterday", "--workspace", workspace.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void eventsListsTheEventWithItsReportsAsJson() throws Exception {
    Run events = run("events", "--json", "--workspace", workspace.toString());

    assertThat(events.exitCode()).isZero();
    JsonNode event = JSON.readTree(events.out()).get("events").get(0);
    assertThat(event.get("id").asText()).isEqualTo("wire");
    assertThat(event.get("reports")).hasSize(2);
  }

  @Test
  void eventsMatrixMarksWhichReportHasEachClaim() {
    Run matrix = run("events", "--matrix", "rewrite", "--workspace", workspace.toString());

    assertThat(matrix.exitCode()).isZero();
    assertThat(matrix.out()).contains("R1 =").contains("R2 =").contains(" x   x  ");
  }

  @Test
  void eventsMatrixOfAnArticleInNoEventExitsWithOne() {
    assertThat(run("events", "--matrix", "other", "--workspace", workspace.toString()).exitCode())
        .isEqualTo(1);
  }
}
