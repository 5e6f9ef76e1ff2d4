package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

/**
 * The batched embedder gives the vectors langchain4j's one-sentence-at-a-time model gave, on the
 * sentences of the two real reports in {@code sample-data/}.
 */
class BatchedEmbeddingEquivalenceTest {

  private static final double TOLERANCE = 1e-4;
  private static List<String> sentences;

  @BeforeAll
  static void readRealSentences() throws IOException {
    sentences = new ArrayList<>();
    for (String file : List.of("001_aa5dbbe83f48b604.txt", "000_67141a5d6f504527.txt")) {
      String text = Files.readString(Path.of("sample-data", file), StandardCharsets.UTF_8);
      for (AnalyzedSentence sentence :
          SharedAnalyzer.get().analyze(Articles.body(text)).sentences()) {
        if (!sentence.text().isBlank()) {
          sentences.add(sentence.text());
        }
      }
    }
  }

  @Test
  void aBlankSentenceEmbedsWithoutFailing() {
    float[][] vectors = new MiniLmEmbedder().embed(List.of("", " \u00a0 "));
    for (float[] vector : vectors) {
      assertThat(cosine(vector, vector)).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void everyRealSentenceEmbedsAsLangchain4jEmbedsIt() {
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(50);
    float[][] batched = new MiniLmEmbedder().embed(sentences);
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (int i = 0; i < sentences.size(); i++) {
      float[] expected = reference.embed(TextSegment.from(sentences.get(i))).content().vector();
      assertThat(cosine(batched[i], Vectors.unit(expected)))
          .as("sentence %d: %s", i, sentences.get(i))
          .isGreaterThan(1 - TOLERANCE);
    }
  }

  @Test
  void aSentenceLongerThanTheModelLimitKeepsItsFirstPiecesAsLangchain4jDoes() {
    String longSentence = String.join(" ", sentences.subList(0, 8));
    float[] batched = new MiniLmEmbedder().embed(List.of(longSentence))[0];
    float[] expected =
        new AllMiniLmL6V2QuantizedEmbeddingModel()
            .embed(TextSegment.from(longSentence))
            .content()
            .vector();
    assertThat(cosine(batched, Vectors.unit(expected))).isGreaterThan(1 - TOLERANCE);
  }

  @Test
  void aSentenceEmbedsTheSameWhateverIsEmbeddedWithIt() {
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    List<String> some = sentences.subList(0, 20);
    float[][] together = embedder.embed(some);
    for (int i = 0; i < some.size(); i += 5) {
      float[] alone = embedder.embed(List.of(some.get(i)))[0];
      assertThat(cosine(alone, together[i])).isGreaterThan(1 - TOLERANCE);
    }
  }

  @Test
  void paddedBatchesSortedByLengthStayCloseToSingleRunsAndInOrder() {
    List<String> some = sentences.subList(0, 20);
    float[][] single = new MiniLmEmbedder().embed(some);
    float[][] batched = new MiniLmEmbedder(8).embed(some);
    for (int i = 0; i < some.size(); i++) {
      // The quantised model scales activations once per call, so batch-mates move a vector a
      // little; it must still be its own sentence's vector, far closer than any other's.
      assertThat(cosine(single[i], batched[i])).isGreaterThan(0.97);
      for (int j = 0; j < some.size(); j++) {
        if (j != i) {
          assertThat(cosine(single[j], batched[i])).isLessThan(cosine(single[i], batched[i]));
        }
      }
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot;
  }
}
