package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.Article;
import org.parallax.syndication.pure.BCubed;
import org.parallax.workspace.LibraryBenchmark;
import org.parallax.workspace.Workspace;

/**
 * Event grouping at workspace scale: the 982 ECB+ documents among a background of generated
 * articles (default 10,000; {@code -Devents.articles=N}), timed, and the ECB+ documents' clusters
 * scored against their gold events (B-cubed over the ECB+ documents only) together with how many of
 * them the grouping put in one event with a background article.
 */
@Tag("benchmark")
class EventsBenchmark {

  @TempDir Path temp;

  /**
   * Stores generated background articles {@code background-FROM} to {@code background-(FROM + COUNT
   * - 1)}: 3 to 6 paragraphs of the word chain, 40 outlets, dates over two years.
   */
  static void ingestBackground(Workspace workspace, int from, int count, Random random)
      throws Exception {
    WordChain chain = new WordChain(LibraryBenchmark.paragraphs());
    ArticleReaders readers = ArticleReaders.standard();
    List<Article> batch = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      List<String> body = new ArrayList<>();
      for (int p = 3 + random.nextInt(4); p > 0; p--) {
        body.add(chain.paragraph(random));
      }
      String text = String.join("\n\n", body);
      String id = "background-" + n;
      Article read = readers.read(id + ".txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
      LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
      batch.add(LibraryBenchmark.withMetadata(read, id, "Outlet " + n % 40, null, day.toString()));
      if (batch.size() == 2_000) {
        workspace.ingestArticles(batch);
        batch.clear();
      }
    }
    workspace.ingestArticles(batch);
  }

  @Test
  void groupsEcbPlusAmongBackgroundArticles() throws Exception {
    Path corpus =
        Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus", "ECB+");
    assumeTrue(Files.isDirectory(corpus), "ECB+ not found at " + corpus + "; skipping");
    int size = Integer.getInteger("events.articles", 10_000);
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.out.println(
        "EventsBenchmark seed " + seed + " (replay with -Dparallax.test.seed=" + seed + ")");
    Random random = new Random(seed);
    List<EcbPlusDocument> documents = EcbPlusReader.readAll(corpus);
    Map<String, String> gold = new HashMap<>();
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      ingestBackground(workspace, 0, size, random);
      List<Article> batch = new ArrayList<>();
      for (EcbPlusDocument document : documents) {
        batch.add(document.article());
        gold.put(document.article().id().value(), document.topic() + "/" + document.subTopic());
      }
      workspace.ingestArticles(batch);

      long start = System.nanoTime();
      List<EventGrouping.Event> events =
          EventGrouping.events(
              workspace,
              EventGrouping.DEFAULT_THRESHOLD,
              (stage, done, total, links) -> {
                if (done % 2_000 == 0 || done == total) {
                  System.out.printf(
                      Locale.ROOT,
                      "%s %d/%d after %.0f s%n",
                      stage,
                      done,
                      total,
                      (System.nanoTime() - start) / 1e9);
                }
              });
      double seconds = (System.nanoTime() - start) / 1e9;

      List<List<String>> clusters = new ArrayList<>();
      Set<String> grouped = new java.util.HashSet<>();
      int mixed = 0;
      for (EventGrouping.Event event : events) {
        List<String> ids = event.reports().stream().map(ReportRef::id).toList();
        List<String> ecb = ids.stream().filter(gold::containsKey).toList();
        if (!ecb.isEmpty()) {
          clusters.add(ecb);
          grouped.addAll(ecb);
          mixed += ecb.size() < ids.size() ? ecb.size() : 0;
        }
      }
      // Events list only groups of two or more; a document grouped with nobody is its own cluster.
      gold.keySet().stream()
          .filter(id -> !grouped.contains(id))
          .forEach(id -> clusters.add(List.of(id)));
      BCubed score = BCubed.score(clusters, gold);
      System.out.printf(
          Locale.ROOT,
          "events: %d articles (%d background + %d ECB+) grouped in %.1f s (%.0f articles/s),"
              + " %d events%n",
          workspace.size(),
          size,
          documents.size(),
          seconds,
          workspace.size() / seconds,
          events.size());
      System.out.printf(
          Locale.ROOT,
          "ECB+ B-cubed among the background: P %.3f R %.3f F1 %.3f;"
              + " ECB+ documents in an event with a background article: %d of %d%n",
          score.precision(),
          score.recall(),
          score.f1(),
          mixed,
          documents.size());
      System.out.println(
          "largest events: "
              + events.stream()
                  .limit(5)
                  .map(e -> String.valueOf(e.reports().size()))
                  .collect(Collectors.joining(", ")));
      assertThat(grouped).isNotEmpty();
    }
  }
}
