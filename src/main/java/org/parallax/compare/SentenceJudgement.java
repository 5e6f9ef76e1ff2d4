package org.parallax.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Difference;
import org.parallax.model.Relation;
import org.parallax.model.WordDiff;

/**
 * The engine's judgement of two claims.
 *
 * @param score overall similarity in [0, 1]
 * @param signals each part of the similarity by name, in [0, 1], in a stable order ({@code words},
 *     {@code verbatim}, {@code entities}, then {@code meaning} when both have embeddings)
 * @param relation {@link Relation#SAME} or {@link Relation#CHANGED} when the two state the same
 *     claim; null when they are different claims
 * @param differences typed changes; empty unless {@code relation} is {@link Relation#CHANGED}
 * @param words which words of each side the other lacks
 */
public record SentenceJudgement(
    double score,
    Map<String, Double> signals,
    Relation relation,
    List<Difference> differences,
    WordDiff words) {

  /** Copies the collections so the record stays immutable. */
  public SentenceJudgement {
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    differences = List.copyOf(differences);
  }

  /** Returns the relation's JSON name, or {@code different} when the claims differ. */
  public String relationName() {
    return relation == null ? "different" : relation.jsonName();
  }
}
