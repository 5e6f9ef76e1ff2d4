package org.parallax.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences of the two reports that state the same claim; one side may hold several sentences where
 * a rewrite merged or split them.
 *
 * @param left sentence numbers on the left, ascending, never empty
 * @param right sentence numbers on the right, ascending, never empty
 * @param relation whether anything material changed
 * @param similarity overall similarity in [0, 1]
 * @param signals each part of the similarity by name (in [0, 1]), in a stable order
 * @param differences typed changes; empty when {@code relation} is {@link Relation#SAME}
 * @param words which words of each side the other lacks
 */
public record SentencePair(
    List<Integer> left,
    List<Integer> right,
    Relation relation,
    double similarity,
    Map<String, Double> signals,
    List<Difference> differences,
    WordDiff words) {

  /** Copies the collections so the record stays immutable. */
  public SentencePair {
    left = List.copyOf(left);
    right = List.copyOf(right);
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    differences = List.copyOf(differences);
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("a pair needs a sentence on each side");
    }
  }
}
