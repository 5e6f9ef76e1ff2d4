package org.parallax.model;

import java.util.List;

/**
 * One hash for a run of words, shared by the scan's fingerprints and the workspace's boilerplate
 * counts so both name a run the same way.
 */
public final class WordRunHash {

  private WordRunHash() {}

  /**
   * Returns the 64-bit FNV-1a hash of the words with a separator after each: stable across runs and
   * JVMs, unlike {@code String.hashCode} mixes.
   *
   * @param words folded words in reading order
   */
  public static long of(List<String> words) {
    long hash = 0xcbf29ce484222325L;
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        hash ^= word.charAt(i);
        hash *= 0x100000001b3L;
      }
      hash ^= ' ';
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
