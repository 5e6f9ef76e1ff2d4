package org.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of recently embedded sentences, keyed by their exact text.
 *
 * <p>Comparing one report with several others embeds the same sentences again and again; the cache
 * answers those at once and sends only the unseen sentences, in one batch, to the wrapped embedder.
 * Bounded: the least recently used entry goes first. Thread-safe; returned vectors are copies.
 */
public final class CachingEmbedder implements SentenceEmbedder {

  private final SentenceEmbedder delegate;
  private final Map<String, float[]> cache;

  /**
   * Wraps an embedder with a cache of at most {@code capacity} sentences.
   *
   * @param delegate the embedder that computes vectors the cache lacks
   * @param capacity the most sentences remembered; at least 1
   */
  public CachingEmbedder(SentenceEmbedder delegate, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity);
    }
    this.delegate = delegate;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] vectors = new float[sentences.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> missingAt = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < sentences.size(); i++) {
        float[] hit = cache.get(sentences.get(i));
        if (hit != null) {
          vectors[i] = hit.clone();
        } else {
          missing.add(sentences.get(i));
          missingAt.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      float[][] computed = delegate.embed(missing);
      synchronized (cache) {
        for (int j = 0; j < computed.length; j++) {
          cache.put(missing.get(j), computed[j].clone());
          vectors[missingAt.get(j)] = computed[j];
        }
      }
    }
    return vectors;
  }

  /** Returns how many sentences the cache holds now. */
  public int size() {
    synchronized (cache) {
      return cache.size();
    }
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
