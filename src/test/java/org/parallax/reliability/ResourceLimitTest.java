package org.parallax.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Article;
import org.parallax.model.IngestReport;
import org.parallax.workspace.ArticleTooLongException;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.Workspace;
import picocli.CommandLine;

/**
 * Very large articles and feeds are handled, or refused with a clear limit, never run out of
 * memory.
 */
class ResourceLimitTest {

  @TempDir Path folder;

  @Test
  void workspaceIngestsAnArticleOfOneMillionWords() throws IOException {
    Path file = folder.resolve("million.txt");
    Files.writeString(
        file, HostileInputs.manyWordsText(HostileRun.MANY_WORDS), StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      IngestReport report = workspace.ingest(List.of(file), status -> {}, () -> false);
      System.err.printf(
          Locale.ROOT,
          "resource limits: an article of %d words ingested in %d ms%n",
          HostileRun.MANY_WORDS,
          (System.nanoTime() - start) / 1_000_000);
      assertThat(report.failed()).isEmpty();
      assertThat(workspace.article(report.stored().get(0).id()).orElseThrow().text())
          .hasSizeGreaterThan(HostileRun.MANY_WORDS);
    }
  }

  @Test
  void comparisonRefusesAnArticleOfOneMillionWordsAtOnceNamingTheLimit() throws IngestException {
    Article million =
        ArticleReaders.standard()
            .read(
                "million.txt",
                HostileInputs.manyWordsText(HostileRun.MANY_WORDS).getBytes(StandardCharsets.UTF_8))
            .get(0);
    Article brief =
        ArticleReaders.standard()
            .read("short.txt", "Officials said talks resume on Friday.\n".getBytes(UTF_8))
            .get(0);
    ComparisonService service = ComparisonService.withoutEmbeddings();
    long start = System.nanoTime();

    assertThatThrownBy(() -> service.compare(million, brief))
        .isInstanceOf(ArticleTooLongException.class)
        .hasMessageContaining("more than 20,000 words")
        .hasMessageContaining("compare an excerpt");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void compareCommandSaysTheArticleIsTooLongAndExitsOne() throws IOException {
    Path million = folder.resolve("million.txt");
    Files.writeString(
        million, HostileInputs.manyWordsText(HostileRun.MANY_WORDS), StandardCharsets.UTF_8);
    Path other = folder.resolve("other.txt");
    Files.writeString(other, "Officials said talks resume on Friday.\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    CommandLine command = ParallaxCommand.commandLine();
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(err));

    int exit =
        command.execute(
            "compare",
            million.toString(),
            other.toString(),
            "--no-embeddings",
            "--workspace",
            folder.resolve("workspace").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("parallax compare: ").contains("more than 20,000 words");
    System.err.println("resource limits: " + err.toString().strip());
  }

  @Test
  void readersReadEveryItemOfAFeedOfFiftyThousand() throws IngestException {
    byte[] feed = HostileInputs.feedText(HostileRun.MANY_ITEMS).getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    List<Article> articles = ArticleReaders.standard().read("big.rss", feed);
    System.err.printf(
        Locale.ROOT,
        "resource limits: a feed of %d items (%.1f MB) read in %d ms%n",
        HostileRun.MANY_ITEMS,
        feed.length / 1_048_576.0,
        (System.nanoTime() - start) / 1_000_000);
    assertThat(articles).hasSize(HostileRun.MANY_ITEMS);
  }
}
