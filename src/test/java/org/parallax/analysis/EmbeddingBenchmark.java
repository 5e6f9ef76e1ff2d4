package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

/**
 * Measures MiniLM sentence embedding: model load time and sentences per second, batched, warm.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=EmbeddingBenchmark}.
 */
@Tag("benchmark")
class EmbeddingBenchmark {

  @Test
  void measuresSentencesPerSecond() {
    List<String> sentences = new ArrayList<>();
    for (String document : IdfTableGenerator.englishDocuments()) {
      for (AnalyzedSentence s : SharedAnalyzer.get().analyze(Articles.body(document)).sentences()) {
        sentences.add(s.text());
      }
      if (sentences.size() >= 600) {
        break;
      }
    }
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    long loadStart = System.nanoTime();
    embedder.embed(sentences.subList(0, 1));
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    embedder.embed(sentences.subList(0, 64));
    List<String> measured = sentences.subList(64, 576);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    float[][] vectors = embedder.embed(measured);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    double meanChars = measured.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "EmbeddingBenchmark: first call (model load) %.2f s; %d sentences (mean %.0f chars)"
            + " in %.2f s wall = %.0f sentences/s, one sentence a call; %.2f s process CPU"
            + " = %.0f sentences per CPU second%n",
        loadSeconds,
        measured.size(),
        meanChars,
        seconds,
        measured.size() / seconds,
        cpuSeconds,
        measured.size() / cpuSeconds);
    assertThat(vectors).hasNumberOfRows(measured.size());
  }
}
