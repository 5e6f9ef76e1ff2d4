package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Difference;
import org.parallax.model.Relation;

/**
 * Scores two claims with an engine's settings: their signals, the combined score, whether they
 * state the same claim, and what changed between them. The alignment, the coverage bounds and the
 * pairs of a comparison all score through it, so they agree on every pair.
 */
final class ClaimScorer {

  private final EngineSettings settings;

  ClaimScorer(EngineSettings settings) {
    this.settings = settings;
  }

  /** Returns the settings the scores are made with. */
  EngineSettings settings() {
    return settings;
  }

  /** Returns the signals of two claims, with {@code meaning} only when embeddings are used. */
  Map<String, Double> signals(ClaimView a, ClaimView b) {
    Map<String, Double> signals = new LinkedHashMap<>();
    signals.put(Signals.WORDS, Signals.words(a, b));
    signals.put(Signals.VERBATIM, Signals.verbatim(a, b));
    signals.put(Signals.ENTITIES, Signals.entities(a, b));
    if (settings.useEmbeddings()) {
      Double meaning = Signals.meaning(a, b);
      if (meaning != null) {
        signals.put(Signals.MEANING, meaning);
      }
    }
    return signals;
  }

  /** Returns the combined score of signals, with the model that fits the signals present. */
  double score(Map<String, Double> signals) {
    return signals.containsKey(Signals.MEANING)
        ? settings.withMeaning().score(signals)
        : settings.lexical().score(signals);
  }

  /** Returns the score of signals by the lexical model, whatever signals are present. */
  double lexicalScore(Map<String, Double> signals) {
    return settings.lexical().score(signals);
  }

  /** Returns the least score at which two claims with these signals state the same claim. */
  double threshold(Map<String, Double> signals) {
    return signals.containsKey(Signals.MEANING)
        ? settings.alignThreshold()
        : settings.lexicalAlignThreshold();
  }

  /** Returns true when two claims with these signals state the same claim. */
  boolean aligned(Map<String, Double> signals) {
    return score(signals) >= threshold(signals)
        && signals.getOrDefault(Signals.WORDS, 0.0) >= settings.wordsFloor();
  }

  /** Judges two claims: score, signals and, when they are the same claim, what changed. */
  SentenceJudgement judge(ClaimView a, ClaimView b) {
    Map<String, Double> signals = signals(a, b);
    double score = score(signals);
    Relation relation = null;
    List<Difference> differences = List.of();
    if (aligned(signals)) {
      differences = differences(a, b);
      relation = differences.isEmpty() ? Relation.SAME : Relation.CHANGED;
    }
    return new SentenceJudgement(score, signals, relation, differences, WordDiffer.diff(a, b));
  }

  /** Returns the typed differences of two claims known to state the same thing. */
  List<Difference> differences(ClaimView a, ClaimView b) {
    return new ArrayList<>(
        DifferenceFinder.between(a, b, settings.materialShare() * settings.weights().maxIdf()));
  }
}
