package org.parallax.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict on whether one report derives from the other, with its evidence.
 *
 * @param verdict the decision
 * @param confidence how sure, in [0, 1]
 * @param leftByRight share of the left report restated in the right, in [0, 1]
 * @param rightByLeft share of the right report restated in the left, in [0, 1]
 * @param reuse how much copying the evidence shows, in [0, 1]: near copies score highest, light
 *     edits and heavy paraphrases lower, independent reports of one event near 0
 * @param signals the parts {@code reuse} is made of, each in [0, 1], by name (see {@code
 *     docs/json-schema.md}), in a fixed order
 * @param version true when the derived report is a later version of the source by the same outlet
 *     (a cut, an update, a correction), which needs no credit
 * @param identical true when the two texts are the same word for word (boilerplate aside)
 * @param facts whether the shared wording carries the same figures and dates
 * @param credited whether the derived report credits the other's outlet; null unless the verdict is
 *     a derivation whose source outlet is known
 * @param evidence sentences a person can read, strongest first
 */
public record Derivation(
    Verdict verdict,
    double confidence,
    double leftByRight,
    double rightByLeft,
    double reuse,
    Map<String, Double> signals,
    boolean version,
    boolean identical,
    SharedFacts facts,
    Boolean credited,
    List<String> evidence) {

  /** Checks that {@code credited} is set only for a derivation, and copies the collections. */
  public Derivation {
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(facts, "facts");
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    if (credited != null && !verdict.isDerivation()) {
      throw new IllegalArgumentException("credited is set only for a derivation");
    }
    if (version && !verdict.isDerivation()) {
      throw new IllegalArgumentException("only a derivation can be a version");
    }
  }

  /**
   * Share of the derived report restated from its source below which the derivation is partial
   * reuse: more of the derived report is its own than restated (a later story retelling an earlier
   * one's background, a report adding its own news to a few borrowed paragraphs). A definition, not
   * fitted: "most of it" begins at half.
   */
  public static final double PARTIAL_BELOW = 0.5;

  /** Returns the share of the derived report restated from its source, 0 unless a derivation. */
  public double derivedShare() {
    return switch (verdict) {
      case RIGHT_DERIVES_FROM_LEFT -> rightByLeft;
      case LEFT_DERIVES_FROM_RIGHT -> leftByRight;
      default -> 0;
    };
  }

  /** Returns true for a derivation that restates less than half of the derived report. */
  public boolean partial() {
    return verdict.isDerivation() && derivedShare() < PARTIAL_BELOW;
  }
}
