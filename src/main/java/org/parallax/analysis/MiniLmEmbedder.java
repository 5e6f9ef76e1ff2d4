package org.parallax.analysis;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds sentences with the quantised all-MiniLM-L6-v2 model shipped inside the langchain4j jar.
 *
 * <p>The model (23 MB of ONNX) is loaded on first use, not at construction, so a workbench that
 * never compares pays nothing. It runs offline: the weights are on the classpath. Vectors are
 * L2-normalised so a dot product is the cosine. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);
  private static final int DIMENSION = 384;
  private static final int DEFAULT_BATCH = 32;

  private final int batchSize;
  private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

  /** Creates an embedder that sends sentences to the model 32 at a time. */
  public MiniLmEmbedder() {
    this(DEFAULT_BATCH);
  }

  /**
   * Creates an embedder with a chosen batch size.
   *
   * @param batchSize how many sentences go to the model in one call; at least 1
   */
  public MiniLmEmbedder(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    this.batchSize = batchSize;
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] vectors = new float[sentences.size()][];
    for (int from = 0; from < sentences.size(); from += batchSize) {
      int to = Math.min(sentences.size(), from + batchSize);
      List<TextSegment> batch = new ArrayList<>(to - from);
      for (String sentence : sentences.subList(from, to)) {
        // The model rejects empty segments; a blank sentence embeds as a single space.
        batch.add(TextSegment.from(sentence.isBlank() ? " " : sentence));
      }
      List<Embedding> embedded = model().embedAll(batch).content();
      for (int i = 0; i < embedded.size(); i++) {
        vectors[from + i] = Vectors.unit(embedded.get(i).vector());
      }
    }
    return vectors;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q";
  }

  private AllMiniLmL6V2QuantizedEmbeddingModel model() {
    AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        loaded = model;
        if (loaded == null) {
          long start = System.nanoTime();
          // Run each batch on the calling thread: ONNX Runtime already spreads one batch over
          // cores.
          loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
          model = loaded;
          LOG.info(
              "Loaded MiniLM embedding model in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
      }
    }
    return loaded;
  }
}
