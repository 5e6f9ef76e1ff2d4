package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.model.AnalyzedSentence;

/**
 * Measures how far the sentence score with embeddings strays from the lexical score on the STS
 * headlines train pairs both models were calibrated on, and checks that the scan's re-check band
 * ({@link ComparisonEngine#EMBEDDING_SCORE_RISE}, {@link ComparisonEngine#EMBEDDING_SCORE_FALL})
 * covers 95% of them. Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=long
 * -Dtest=ModelDisagreementTest}.
 */
@Tag("long")
class ModelDisagreementTest {

  private static final double SHARE = 0.95;

  @Test
  void rechecksBandCoversThe95thPercentileOfTheModelsDisagreement() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    Path train = data.resolve("sts-headlines/sts-headlines-train.tsv");
    assumeTrue(Files.isRegularFile(train), "STS headlines train not found at " + train);
    List<StsPair> pairs = StsPair.read(train);
    SentenceAnalysis analysis = new SentenceAnalysis(TextAnalyzer.create(), new MiniLmEmbedder());
    List<String> texts = new ArrayList<>();
    for (StsPair pair : pairs) {
      texts.add(pair.first());
      texts.add(pair.second());
    }
    List<AnalyzedSentence> sentences = analysis.analyzeAll(texts);
    ComparisonEngine lexical = Engines.standard(false);
    ComparisonEngine withEmbeddings = Engines.standard(true);
    double[] rise = new double[pairs.size()];
    double[] fall = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      AnalyzedSentence a = sentences.get(2 * i);
      AnalyzedSentence b = sentences.get(2 * i + 1);
      double difference = withEmbeddings.judge(a, b).score() - lexical.judge(a, b).score();
      rise[i] = difference;
      fall[i] = -difference;
    }
    double riseAt = percentile(rise);
    double fallAt = percentile(fall);
    System.out.printf(
        Locale.ROOT,
        "STS headlines train, %d pairs: 95th percentile of the rise %.3f, of the fall %.3f%n",
        pairs.size(),
        riseAt,
        fallAt);

    assertThat(riseAt).isLessThanOrEqualTo(ComparisonEngine.EMBEDDING_SCORE_RISE);
    assertThat(fallAt).isLessThanOrEqualTo(ComparisonEngine.EMBEDDING_SCORE_FALL);
  }

  private static double percentile(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(SHARE * sorted.length) - 1];
  }
}
