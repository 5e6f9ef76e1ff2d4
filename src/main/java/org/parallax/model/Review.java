package org.parallax.model;

import java.util.List;
import java.util.Optional;

/**
 * What analysts changed in a comparison: the engine's own result, kept so a correction never hides
 * what the machine thought, the corrections that applied, and those that could not be anchored.
 *
 * @param machine the engine's result before corrections; null when none applied
 * @param applied the corrections that applied, oldest first
 * @param orphaned corrections of these two reports whose sentences or articles could not be found
 */
public record Review(
    Comparison machine, List<AppliedCorrection> applied, List<Correction> orphaned) {

  /** No correction: the comparison is the engine's. */
  public static final Review NONE = new Review(null, List.of(), List.of());

  /** Copies the lists so the record stays immutable. */
  public Review {
    applied = List.copyOf(applied);
    orphaned = List.copyOf(orphaned);
  }

  /** Returns true when an analyst changed something or a correction is orphaned. */
  public boolean isEmpty() {
    return applied.isEmpty() && orphaned.isEmpty();
  }

  /** Returns the latest alignment correction that touches the pair, if any. */
  public Optional<AppliedCorrection> of(SentencePair pair) {
    AppliedCorrection latest = null;
    for (AppliedCorrection correction : applied) {
      if (correction.correction().kind() != CorrectionKind.VERDICT && correction.touches(pair)) {
        latest = correction;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Returns the latest alignment correction naming a sentence of one side, if any. */
  public Optional<AppliedCorrection> ofSentence(boolean leftSide, int n) {
    AppliedCorrection latest = null;
    for (AppliedCorrection correction : applied) {
      if ((leftSide ? correction.left() : correction.right()).contains(n)) {
        latest = correction;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Returns the latest verdict correction, if any. */
  public Optional<AppliedCorrection> verdict() {
    AppliedCorrection latest = null;
    for (AppliedCorrection correction : applied) {
      if (correction.correction().kind() == CorrectionKind.VERDICT) {
        latest = correction;
      }
    }
    return Optional.ofNullable(latest);
  }
}
