package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import org.parallax.model.Article;
import org.parallax.model.IngestReport;
import org.parallax.syndication.pure.BCubed;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/**
 * The figures of keeping watch at scale: a workspace of N generated background articles (default
 * 100,000; {@code -Devents.articles=N}) grouped in full, then one ECB+ document arriving (checked
 * as the watcher checks it, then joining the events), then 999 more arriving (the other ECB+
 * documents and background articles) and joining the events at once, then (unless {@code
 * -Devents.scan=false}) a full scan, and (with {@code -Devents.compare=true}) a full regrouping to
 * compare the incremental events with. Every stage prints its wall time and the load average.
 */
@Tag("benchmark")
class IncrementalEventsBenchmark {

  private static final int ARRIVALS = 1_000;

  @TempDir Path temp;

  @Test
  void measuresFullAndIncrementalWorkAtScale() throws Exception {
    Path corpus =
        Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus", "ECB+");
    assumeTrue(Files.isDirectory(corpus), "ECB+ not found at " + corpus + "; skipping");
    int size = Integer.getInteger("events.articles", 100_000);
    long seed = Long.getLong("parallax.test.seed", 42L);
    log("IncrementalEventsBenchmark seed %d, %d background articles", seed, size);
    Random random = new Random(seed);
    List<Article> arrivals = new ArrayList<>();
    for (EcbPlusDocument document : EcbPlusReader.readAll(corpus)) {
      arrivals.add(document.article());
    }
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      long start = System.nanoTime();
      EventsBenchmark.ingestBackground(workspace, 0, size, random);
      log("ingested %d articles in %.1f s", workspace.size(), seconds(start));

      start = System.nanoTime();
      EventResults full =
          EventGrouping.group(
              workspace,
              EventGrouping.DEFAULT_THRESHOLD,
              (stage, done, total, links) -> {
                if (done % 5_000 == 0 || done == total) {
                  log("%s %d/%d", stage, done, total);
                }
              });
      log(
          "FULL EVENTS: %d articles grouped in %.1f s, %d events",
          full.articles(), seconds(start), full.events().size());

      SyndicationScan scan = new SyndicationScan(workspace, LexicalComparer.standard());
      scan.warmUp();
      IngestReport one = workspace.ingestArticles(arrivals.subList(0, 1));
      start = System.nanoTime();
      List<ScanPair> pairs = scan.check(List.of(one.stored().get(0).id()), (s, d, t, p) -> {});
      log("ONE ARTICLE CHECKED (watcher): %.2f s, %d pair(s)", seconds(start), pairs.size());
      start = System.nanoTime();
      EventResults afterOne = IncrementalEvents.update(workspace, 1, (s, d, t, p) -> {}).get();
      log(
          "ONE ARTICLE JOINED EVENTS: %.2f s (%d events)",
          seconds(start), afterOne.events().size());

      List<Article> rest = new ArrayList<>(arrivals.subList(1, arrivals.size()));
      workspace.ingestArticles(rest);
      EventsBenchmark.ingestBackground(
          workspace, size, ARRIVALS - arrivals.size(), new Random(seed + 1));
      start = System.nanoTime();
      EventResults incremental =
          IncrementalEvents.update(workspace, 1, (s, d, t, p) -> {}).orElseThrow();
      log(
          "%d ARTICLES JOINED EVENTS: %.1f s, %d events over %d articles",
          ARRIVALS - 1, seconds(start), incremental.events().size(), incremental.articles());

      if (Boolean.parseBoolean(System.getProperty("events.scan", "true"))) {
        start = System.nanoTime();
        ScanResults scanned =
            new SyndicationScan(workspace, LexicalComparer.standard())
                .run(
                    null,
                    (stage, done, total, found) -> {
                      if (done % 10_000 == 0 || done == total) {
                        log("scan %s %d/%d", stage, done, total);
                      }
                    });
        log(
            "FULL SCAN: %d articles in %.1f s, %d pairs",
            workspace.size(), seconds(start), scanned.pairs().size());
      }
      if (Boolean.getBoolean("events.compare")) {
        start = System.nanoTime();
        EventResults regrouped =
            EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});
        log("FULL REGROUPING: %.1f s, %d events", seconds(start), regrouped.events().size());
        compare(incremental, regrouped);
      }
      assertThat(incremental.articles()).isEqualTo(size + ARRIVALS);
    }
  }

  /** Prints how far the incremental events are from a full regrouping's. */
  private static void compare(EventResults incremental, EventResults full) {
    List<List<String>> ours = groups(incremental);
    List<List<String>> theirs = groups(full);
    long same = ours.stream().filter(theirs::contains).count();
    Map<String, String> gold = new HashMap<>();
    for (int i = 0; i < theirs.size(); i++) {
      for (String id : theirs.get(i)) {
        gold.put(id, "full-" + i);
      }
    }
    List<List<String>> clusters = new ArrayList<>(ours);
    // An article in no full event is its own cluster there, and so in the score's gold.
    ours.stream().flatMap(List::stream).forEach(id -> gold.putIfAbsent(id, "alone-" + id));
    theirs.stream()
        .flatMap(List::stream)
        .filter(id -> ours.stream().noneMatch(g -> g.contains(id)))
        .forEach(id -> clusters.add(List.of(id)));
    BCubed score = BCubed.score(clusters, gold);
    log(
        "INCREMENTAL vs FULL: %d of %d events identical (full has %d); B-cubed P %.4f R %.4f F1"
            + " %.4f over the articles in an event either way",
        same, ours.size(), theirs.size(), score.precision(), score.recall(), score.f1());
  }

  private static List<List<String>> groups(EventResults results) {
    return results.events().stream()
        .map(e -> e.reports().stream().map(ReportRef::id).sorted().toList())
        .toList();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void log(String format, Object... values) {
    System.out.printf(
        Locale.ROOT,
        "[%s load %s, process CPU %.0f s] %s%n",
        java.time.LocalTime.now(),
        load(),
        cpuSeconds(),
        format(format, values));
  }

  private static String format(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

  /** CPU time of the whole JVM, all threads: steadier than wall time on a shared machine. */
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static String load() {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      return fields[0] + " " + fields[1];
    } catch (IOException e) {
      return "?";
    }
  }
}
