package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

class EmbeddingTest {

  private static final MiniLmEmbedder MINI_LM = new MiniLmEmbedder();

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[][] v =
        MINI_LM.embed(
            List.of(
                "The government lifted sanctions on the defence minister last month.",
                "Last month, sanctions against the defence minister were removed by the government.",
                "Heavy rain flooded several villages in the north."));
    assertThat(cosine(v[0], v[1])).isGreaterThan(cosine(v[0], v[2]) + 0.2);
  }

  @Test
  void vectorsHaveUnitLength() {
    for (float[] vector :
        MINI_LM.embed(List.of("One sentence.", "Another, longer sentence here."))) {
      assertThat(vector).hasSize(MINI_LM.dimension());
      assertThat(cosine(vector, vector)).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void embedsMoreSentencesThanOneBatchInOrder() {
    MiniLmEmbedder small = new MiniLmEmbedder(2);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sentences.add("Sentence number " + i + " about the harbour.");
    }
    float[][] batched = small.embed(sentences);
    float[][] single = MINI_LM.embed(List.of(sentences.get(4)));
    assertThat(batched).hasNumberOfRows(5);
    // Sharing a call moves a vector slightly (the model quantises per call), never to another's.
    assertThat(cosine(batched[4], single[0])).isGreaterThan(0.97);
  }

  @Test
  void cacheHitReturnsTheSameVectorWithoutRecomputing() {
    CountingEmbedder counting = new CountingEmbedder(MINI_LM);
    CachingEmbedder cache = new CachingEmbedder(counting, 10);
    float[] first = cache.embed(List.of("The talks resumed in Geneva."))[0];
    float[] second = cache.embed(List.of("The talks resumed in Geneva."))[0];
    assertThat(second).containsExactly(first);
    assertThat(counting.sentences).isEqualTo(1);
  }

  @Test
  void cacheForgetsLeastRecentlyUsedBeyondCapacity() {
    CountingEmbedder counting = new CountingEmbedder(MINI_LM);
    CachingEmbedder cache = new CachingEmbedder(counting, 2);
    cache.embed(List.of("a", "b", "c"));
    assertThat(cache.size()).isEqualTo(2);
    cache.embed(List.of("a"));
    assertThat(counting.sentences).isEqualTo(4);
  }

  @Test
  void analyzerAttachesOneEmbeddingPerSentence() {
    AnalyzedArticle article =
        SharedAnalyzer.get()
            .analyze(Articles.body("The port reopened. Ships queued outside."), MINI_LM);
    assertThat(article.sentences())
        .extracting(AnalyzedSentence::embedding)
        .allSatisfy(v -> assertThat(v).hasSize(384));
  }

  /** Counts the sentences that reach the real embedder behind a cache. */
  private static final class CountingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder delegate;
    int sentences;

    CountingEmbedder(SentenceEmbedder delegate) {
      this.delegate = delegate;
    }

    @Override
    public float[][] embed(List<String> batch) {
      sentences += batch.size();
      return delegate.embed(batch);
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public String name() {
      return delegate.name();
    }
  }
}
