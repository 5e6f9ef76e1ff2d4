package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Embeds sentences with the quantised all-MiniLM-L6-v2 model shipped inside the langchain4j jar.
 *
 * <p>The model (23 MB of ONNX) is loaded on first use, not at construction, so a workbench that
 * never compares pays nothing, and once per process: every embedder shares it. It runs offline: the
 * weights are on the classpath. Tokenising, pooling and normalising are done here ({@link
 * MiniLmModel}); ONNX Runtime runs the network. Vectors are L2-normalised so a dot product is the
 * cosine. Thread-safe.
 *
 * <p>By default each sentence runs alone. The model quantises its activations with one scale per
 * call, so sentences sharing a call move each other's vectors (by about 0.01 in cosine, measured on
 * real reports): a sentence's vector would then depend on its neighbours, and a cache keyed by text
 * would make a comparison depend on what was compared before. A larger batch size trades that
 * exactness for speed; sentences are then sorted by length so padding stays small. See {@code
 * docs/performance.md}, "Batched embeddings".
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private static final int DEFAULT_BATCH = 1;

  private final int batchSize;
  private final int threads;
  private volatile MiniLmModel model;

  /** Creates an embedder that runs each sentence alone, giving batch-independent vectors. */
  public MiniLmEmbedder() {
    this(DEFAULT_BATCH);
  }

  /**
   * Creates an embedder with a chosen batch size, each ONNX call on one thread: a sentence is too
   * small for threads to pay (two new reports compared warm, p50 221 ms against 273 ms with the
   * runtime's choice of threads, docs/performance.md), and callers that embed in parallel (the
   * scan's re-check) use the other cores.
   *
   * @param batchSize how many sentences go to the model in one call; at least 1; above 1, vectors
   *     depend slightly on the sentences that share a call
   */
  public MiniLmEmbedder(int batchSize) {
    this(batchSize, 1);
  }

  /**
   * Creates an embedder whose ONNX calls use at most {@code threads} threads (0: the runtime's
   * choice).
   */
  MiniLmEmbedder(int batchSize, int threads) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    this.batchSize = batchSize;
    this.threads = threads;
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] vectors = new float[sentences.size()][];
    if (sentences.isEmpty()) {
      return vectors;
    }
    MiniLmModel loaded = model();
    List<int[]> tokens = new ArrayList<>(sentences.size());
    List<Integer> order = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      tokens.add(loaded.tokens(sentences.get(i)));
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> tokens.get(i).length));
    for (int from = 0; from < order.size(); from += batchSize) {
      List<Integer> members = order.subList(from, Math.min(order.size(), from + batchSize));
      List<int[]> batch = new ArrayList<>(members.size());
      for (int member : members) {
        batch.add(tokens.get(member));
      }
      float[][] embedded = loaded.embed(batch);
      for (int j = 0; j < members.size(); j++) {
        vectors[members.get(j)] = embedded[j];
      }
    }
    return vectors;
  }

  @Override
  public int dimension() {
    return MiniLmModel.DIMENSION;
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q";
  }

  private MiniLmModel model() {
    MiniLmModel loaded = model;
    if (loaded == null) {
      loaded = MiniLmModel.shared(threads);
      model = loaded;
    }
    return loaded;
  }
}
