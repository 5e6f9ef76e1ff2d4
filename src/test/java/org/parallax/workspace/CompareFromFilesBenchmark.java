package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.Article;
import org.parallax.model.Comparison;

/**
 * Times what a user waits for when comparing two files: the first comparison after start (models
 * loaded on the way), then comparisons of files not seen before (read, analysed, embedded,
 * compared) with the models warm.
 */
@Tag("benchmark")
class CompareFromFilesBenchmark {

  private static final Path SAMPLES = Path.of("sample-data");

  @Test
  void measuresCompareFromFiles() throws Exception {
    ArticleReaders readers = ArticleReaders.standard();
    byte[] reuters = Files.readAllBytes(SAMPLES.resolve("001_aa5dbbe83f48b604.txt"));
    byte[] diplomat = Files.readAllBytes(SAMPLES.resolve("000_67141a5d6f504527.txt"));
    ComparisonService service = ComparisonService.withEmbeddings();

    long start = System.nanoTime();
    Comparison first =
        service.compare(
            readers.read("reuters.txt", reuters).get(0),
            readers.read("diplomat.txt", diplomat).get(0));
    double firstMillis = (System.nanoTime() - start) / 1e6;
    assertThat(first.pairs()).isNotEmpty();

    List<Double> fresh = new ArrayList<>();
    for (int run = 0; run < 15; run++) {
      // Widening the space after every "the" differently in each run makes every sentence new to
      // the analysis and embedding caches, as two new files would be, with the same words.
      String gap = " the" + " ".repeat(run + 2);
      Article left = readers.read("l" + run + ".txt", respaced(reuters, gap)).get(0);
      Article right = readers.read("r" + run + ".txt", respaced(diplomat, gap)).get(0);
      long begin = System.nanoTime();
      service.compare(left, right);
      fresh.add((System.nanoTime() - begin) / 1e6);
    }
    Collections.sort(fresh);
    System.err.printf(
        Locale.ROOT,
        "compare from files: first after start %.0f ms; new files p50 %.0f ms, p90 %.0f ms%n",
        firstMillis,
        fresh.get(fresh.size() / 2),
        fresh.get((int) (fresh.size() * 0.9)));
  }

  private static byte[] respaced(byte[] text, String gap) {
    return new String(text, StandardCharsets.UTF_8)
        .replace(" the ", gap)
        .getBytes(StandardCharsets.UTF_8);
  }
}
