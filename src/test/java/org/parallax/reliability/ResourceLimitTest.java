package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Article;
import org.parallax.model.IngestReport;
import org.parallax.workspace.Workspace;

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
      IngestReport report = workspace.ingest(List.of(file), (d, t, c) -> {}, () -> false);
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
