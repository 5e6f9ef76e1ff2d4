package org.parallax.model;

import java.util.List;

/**
 * The verdict on whether one report derives from the other, with its evidence.
 *
 * @param verdict the decision
 * @param confidence how sure, in [0, 1]
 * @param leftByRight share of the left report restated in the right, in [0, 1]
 * @param rightByLeft share of the right report restated in the left, in [0, 1]
 * @param credited whether the derived report credits the other's outlet; null unless the verdict is
 *     a derivation
 * @param evidence sentences a person can read, strongest first
 */
public record Derivation(
    Verdict verdict,
    double confidence,
    double leftByRight,
    double rightByLeft,
    Boolean credited,
    List<String> evidence) {

  /** Checks that {@code credited} is set exactly when one report derives from the other. */
  public Derivation {
    evidence = List.copyOf(evidence);
    if ((credited != null) != verdict.isDerivation()) {
      throw new IllegalArgumentException("credited must be set exactly for a derivation");
    }
  }
}
