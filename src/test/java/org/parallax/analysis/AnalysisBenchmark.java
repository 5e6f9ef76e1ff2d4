package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.testing.Articles;

/**
 * Measures analysis without embeddings: sentences per second over English Europarl documents.
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=AnalysisBenchmark}.
 */
@Tag("benchmark")
class AnalysisBenchmark {

  @Test
  void measuresSentencesPerSecond() {
    List<String> documents = IdfTableGenerator.englishDocuments().subList(0, 400);
    long loadStart = System.nanoTime();
    TextAnalyzer analyzer = TextAnalyzer.create();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    for (String warmUp : documents.subList(0, 50)) {
      analyzer.analyze(Articles.body(warmUp));
    }
    long sentences = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (String document : documents) {
      AnalyzedArticle article = analyzer.analyze(Articles.body(document));
      sentences += article.sentences().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "AnalysisBenchmark: models loaded in %.2f s; %d documents, %d sentences in %.2f s wall = %.0f sentences/s;"
            + " %.2f s CPU of the analysing thread = %.0f sentences per CPU second%n",
        loadSeconds,
        documents.size(),
        sentences,
        seconds,
        sentences / seconds,
        cpuSeconds,
        sentences / cpuSeconds);
    assertThat(sentences).isPositive();
  }
}
