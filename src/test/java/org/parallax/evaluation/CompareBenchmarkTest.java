package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.testing.SeedFiles;

/**
 * Times {@link ComparisonEngine#compare} on two reports of about 1,000 words each, analysed and
 * embedded beforehand (the warm path of the window: embeddings cached), and writes the median to
 * target/evaluation/compare-benchmark.txt.
 */
@Tag("benchmark")
class CompareBenchmarkTest {

  private static final int WARMUP = 20;
  private static final int RUNS = 100;

  @Test
  void comparesTwoThousandWordReportsWarm() throws Exception {
    Article reuters = SeedPair.reuters();
    // The Diplomat.so report followed by the second half of the Reuters one: about 1,000 words,
    // half of them restated from the left, as in a long rewrite.
    String reutersText = Files.readString(SeedFiles.reuters());
    String tail = reutersText.substring(reutersText.indexOf("US REBUILDING TIES"));
    String diplomatText = Files.readString(SeedFiles.diplomat());
    Article longer =
        ArticleReaders.standard()
            .read(
                "long.txt",
                (diplomatText + "\n\n" + tail).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .get(0);
    TextAnalyzer analyzer = TextAnalyzer.create();
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    AnalyzedArticle left = analyzer.analyze(reuters, embedder);
    AnalyzedArticle right = analyzer.analyze(longer, embedder);
    ComparisonEngine engine = Engines.standard(true);
    for (int i = 0; i < WARMUP; i++) {
      engine.compare(left, right);
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      engine.compare(left, right);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double p50 = nanos[RUNS / 2] / 1e6;
    double p90 = nanos[RUNS * 9 / 10] / 1e6;
    String report =
        String.format(
            Locale.ROOT,
            "compare, warm, embeddings precomputed: %d + %d words, %d x %d sentences: p50 %.1f ms,"
                + " p90 %.1f ms over %d runs (%d cores available)%n",
            words(reuters.text()),
            words(longer.text()),
            left.sentences().size(),
            right.sentences().size(),
            p50,
            p90,
            RUNS,
            Runtime.getRuntime().availableProcessors());
    StsEvaluation.write(Path.of("target/evaluation/compare-benchmark.txt"), report);
    assertThat(p50).isPositive();
  }

  private static int words(String text) {
    return text.trim().split("\\s+").length;
  }
}
