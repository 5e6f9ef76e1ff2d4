package org.parallax.analysis;

import java.util.List;

/** Turns sentences into fixed-length vectors whose cosine measures how alike they mean. */
public interface SentenceEmbedder {

  /**
   * Returns one unit-length vector per sentence, in the order given.
   *
   * @param sentences the sentences to embed
   * @return {@code sentences.size()} vectors of {@link #dimension()} floats
   */
  float[][] embed(List<String> sentences);

  /** Returns the length of every vector. */
  int dimension();

  /** Returns a name identifying the model, so cached vectors of different models never mix. */
  String name();
}
