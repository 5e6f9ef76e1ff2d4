package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

class CompareCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path folder;

  private CommandRun compare(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "compare",
                SeedFiles.reuters().toString(),
                SeedFiles.diplomat().toString(),
                "--no-embeddings",
                "--workspace",
                folder.resolve("workspace").toString()));
    args.addAll(List.of(extra));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void printsOneJsonObjectOfSchemaOneForTheSeeds() throws IOException {
    CommandRun run = compare("--json");

    JsonNode json = MAPPER.readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(json.get("schema").asInt()).isEqualTo(1);
    assertThat(json.at("/left/outlet").asText()).isEqualTo("Reuters");
    assertThat(json.at("/derivation/verdict").asText()).isNotBlank();
  }

  @Test
  void printsAReadableSummaryByDefault() {
    CommandRun run = compare();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("LEFT   Reuters").contains("Verdict: ").contains("Quotes: ");
  }

  @Test
  void writesTheHtmlCsvAndJsonExports() throws IOException {
    Path html = folder.resolve("out/report.html");
    Path csv = folder.resolve("out/claims.csv");
    Path json = folder.resolve("out/comparison.json");

    CommandRun run =
        compare("--html", html.toString(), "--csv", csv.toString(), "--out", json.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("pair,left_sentences");
    assertThat(MAPPER.readTree(json.toFile()).get("schema").asInt()).isEqualTo(1);
    assertThat(run.err()).contains("report.html");
  }

  @Test
  void neverCreatesAWorkspaceToCompareTwoFiles() {
    compare("--json");

    assertThat(folder.resolve("workspace")).doesNotExist();
  }

  @Test
  void namesTheMissingInputAndExitsOne() {
    CommandRun run =
        CommandRun.of(
            "compare",
            folder.resolve("missing.txt").toString(),
            SeedFiles.diplomat().toString(),
            "--no-embeddings",
            "--workspace",
            folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("missing.txt").contains("no such file");
  }

  @Test
  void withoutTwoReportsItIsAUsageError() {
    CommandRun run = CommandRun.of("compare", SeedFiles.reuters().toString());

    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void batchPrintsOneLinePerPairInOrderAndAnErrorLineForAFailedPair() throws IOException {
    Path pairs = folder.resolve("pairs.tsv");
    Files.writeString(
        pairs,
        SeedFiles.reuters()
            + "\t"
            + SeedFiles.diplomat()
            + "\n\n"
            + folder.resolve("nope.txt")
            + "\t"
            + SeedFiles.diplomat()
            + "\n"
            + SeedFiles.diplomat()
            + "\t"
            + SeedFiles.reuters()
            + "\n",
        StandardCharsets.UTF_8);

    CommandRun run =
        CommandRun.of(
            "compare",
            "--batch",
            pairs.toString(),
            "--no-embeddings",
            "--workspace",
            folder.toString());

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(lines).hasSize(3);
    assertThat(MAPPER.readTree(lines.get(0)).at("/left/outlet").asText()).isEqualTo("Reuters");
    assertThat(MAPPER.readTree(lines.get(1)).get("error").asText()).contains("line 3");
    assertThat(MAPPER.readTree(lines.get(2)).at("/left/outlet").asText()).isEqualTo("Diplomat.so");
  }

  @Test
  void looksArticleIdsUpInTheWorkspace() throws IOException {
    Path workspaceFolder = folder.resolve("library");
    List<String> ids;
    try (Workspace library = Workspace.open(workspaceFolder)) {
      ids =
          library
              .ingest(
                  List.of(SeedFiles.reuters(), SeedFiles.diplomat()),
                  IngestProgress.NONE,
                  () -> false)
              .stored()
              .stream()
              .map(article -> article.id().value())
              .toList();
    }

    CommandRun run =
        CommandRun.of(
            "compare",
            ids.get(0),
            ids.get(1),
            "--json",
            "--no-embeddings",
            "--workspace",
            workspaceFolder.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(MAPPER.readTree(run.out()).at("/left/id").asText()).isEqualTo(ids.get(0));
  }

  @Test
  void anUnknownIdNamesTheWorkspaceItLookedIn() throws IOException {
    Path workspaceFolder = folder.resolve("library");
    Workspace.open(workspaceFolder).close();

    CommandRun run =
        CommandRun.of(
            "compare",
            "no-such-id",
            SeedFiles.diplomat().toString(),
            "--no-embeddings",
            "--workspace",
            workspaceFolder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-id").contains(workspaceFolder.toString());
  }

  @Test
  void seedReportShowsTheUncreditedDerivationAndTheQuoteCopiedWordForWord() throws IOException {
    Path html = folder.resolve("seed.html");

    compare("--html", html.toString());

    Document report = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(report.select(".banner .verdict").text())
        .isEqualTo("Diplomat.so derives from Reuters without crediting it");
    assertThat(report.select(".side").get(0).select(".q")).isNotEmpty();
    assertThat(report.select(".side").get(1).select(".q")).isNotEmpty();
  }
}
