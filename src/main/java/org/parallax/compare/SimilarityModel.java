package org.parallax.compare;

import java.util.Locale;
import java.util.Map;

/**
 * A linear combination of the similarity signals, clipped to [0, 1].
 *
 * @param intercept the constant term
 * @param words weight of {@link Signals#WORDS}
 * @param verbatim weight of {@link Signals#VERBATIM}
 * @param entities weight of {@link Signals#ENTITIES}
 * @param meaning weight of {@link Signals#MEANING}; 0 for the model used without embeddings
 */
record SimilarityModel(
    double intercept, double words, double verbatim, double entities, double meaning) {

  /**
   * Calibrated on STS headlines train (gold / 5 as target, least squares with non-negative weights;
   * verbatim came out 0 on headlines) with the English IDF table and MiniLM embeddings, by {@code
   * mvn -o test -Dexcluded.groups= -Dgroups=long -Dtest=SimilarityCalibrationTest} (writes
   * target/evaluation/calibration.txt); never fitted on dev.
   */
  static final SimilarityModel WITH_MEANING =
      new SimilarityModel(-0.1553, 0.1296, 0.0, 0.0977, 0.8533);

  /** The same calibration with the embedding signal left out, for sentences without embeddings. */
  static final SimilarityModel LEXICAL = new SimilarityModel(0.0735, 0.7796, 0.0, 0.1289, 0.0);

  /** Returns the combined score of the signals, in [0, 1]. */
  double score(Map<String, Double> signals) {
    double sum =
        intercept
            + words * signals.getOrDefault(Signals.WORDS, 0.0)
            + verbatim * signals.getOrDefault(Signals.VERBATIM, 0.0)
            + entities * signals.getOrDefault(Signals.ENTITIES, 0.0)
            + meaning * signals.getOrDefault(Signals.MEANING, 0.0);
    return Signals.clamp(sum);
  }

  /** Returns the weights as text, for provenance. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%.4f + %.4f*words + %.4f*verbatim + %.4f*entities + %.4f*meaning",
        intercept,
        words,
        verbatim,
        entities,
        meaning);
  }
}
