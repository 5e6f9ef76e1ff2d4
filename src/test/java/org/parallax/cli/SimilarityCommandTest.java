package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityCommandTest {

  @TempDir Path folder;

  private CommandRun similarity(String content) throws IOException {
    Path pairs = folder.resolve("pairs.tsv");
    Files.writeString(pairs, content, StandardCharsets.UTF_8);
    return CommandRun.of("similarity", pairs.toString(), "--no-embeddings");
  }

  @Test
  void printsScoreAndRelationForEachLine() throws IOException {
    CommandRun run =
        similarity(
            "The ministry said the bridge will reopen on Friday.\tThe bridge reopens Friday, the"
                + " ministry said.\nFlooding forced 2,000 people from their homes.\tThe central"
                + " bank raised its main rate.\n");

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).isZero();
    assertThat(lines).hasSize(2);
    assertThat(lines).allMatch(line -> line.matches("(0|1)\\.\\d{4}\t(same|changed|different)"));
  }

  @Test
  void judgesASentenceAndItselfTheSame() throws IOException {
    CommandRun run =
        similarity("The bridge will reopen on Friday.\tThe bridge will reopen on Friday.\n");

    assertThat(run.out().strip()).endsWith("\tsame");
  }

  @Test
  void judgesUnrelatedSentencesDifferent() throws IOException {
    CommandRun run =
        similarity(
            "Flooding forced 2,000 people from their homes.\tThe central bank raised its main"
                + " rate.\n");

    assertThat(run.out().strip()).endsWith("\tdifferent");
  }

  @Test
  void aLineWithoutATabPrintsAnErrorLineAndExitsOne() throws IOException {
    CommandRun run = similarity("no tab here\nA b c.\tA b c.\n");

    List<String> lines = run.out().lines().toList();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("error\t");
  }
}
