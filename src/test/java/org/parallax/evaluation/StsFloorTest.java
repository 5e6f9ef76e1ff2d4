package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.model.AnalyzedSentence;

/**
 * A fast guard in the default run: the lexical engine (no embeddings) must keep a Pearson
 * correlation above 0.6 on STS headlines dev, so a regression in words, lemmas or IDF fails CI.
 */
class StsFloorTest {

  @Test
  void lexicalSimilarityKeepsPearsonAboveTheFloorOnStsHeadlinesDev() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    Path dev = data.resolve("sts-headlines/sts-headlines-dev.tsv");
    assumeTrue(Files.isRegularFile(dev), "STS headlines dev not found at " + dev + ": skipped");
    List<StsPair> pairs = StsPair.read(dev);
    SentenceAnalysis analysis = new SentenceAnalysis(TextAnalyzer.create(), null);
    ComparisonEngine engine = Engines.standard(false);
    List<String> texts = new ArrayList<>();
    for (StsPair pair : pairs) {
      texts.add(pair.first());
      texts.add(pair.second());
    }
    List<AnalyzedSentence> sentences = analysis.analyzeAll(texts);
    double[] scores = new double[pairs.size()];
    double[] gold = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      scores[i] = engine.judge(sentences.get(2 * i), sentences.get(2 * i + 1)).score();
      gold[i] = pairs.get(i).gold();
    }
    assertThat(Correlation.pearson(scores, gold)).isGreaterThan(0.6);
  }
}
