package org.parallax.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Fits one decision threshold of the engine on analysts' labels, and measures by cross-validation
 * whether the fit agrees with the analysts more often than the shipped threshold.
 *
 * <p>A decision says yes at or above the threshold and no below {@code threshold - band}; between
 * the two it says "unknown", which agrees with no label (the derivation verdict's unknown band). An
 * item that fails a condition the threshold does not govern (the word floor of a pairing) is a no
 * whatever its score.
 */
public final class ThresholdFit {

  /** Folds of the cross-validation when there are enough labels for them. */
  static final int FOLDS = 5;

  /** Below this many labels every label is its own fold (leave-one-out). */
  static final int LEAVE_ONE_OUT_BELOW = 10;

  /**
   * Held-out decisions the fit must get right beyond the shipped threshold before it replaces it:
   * one more could be the luck of a fold, and a workspace's settings should not follow noise.
   */
  public static final int LEAST_GAIN = 2;

  /** Keeps a threshold just above a score, so that score falls below it. */
  private static final double STEP = 1e-6;

  private ThresholdFit() {}

  /**
   * One analyst's label on a decision the engine makes.
   *
   * @param score the engine's score the threshold is compared with
   * @param eligible false when another condition already makes the engine say no
   * @param positive the analyst's answer
   */
  public record Labelled(double score, boolean eligible, boolean positive) {}

  /**
   * How a fit fared.
   *
   * @param count labels
   * @param positives labels that say yes
   * @param agreeShipped labels the shipped threshold agrees with
   * @param agreeHeldOut labels a threshold fitted without them agrees with, summed over the folds
   * @param shipped the shipped threshold
   * @param fitted the threshold fitted on every label
   */
  public record Result(
      int count, int positives, int agreeShipped, int agreeHeldOut, double shipped, double fitted) {

    /** Returns true when the fit beats the shipped threshold on held-out labels by enough. */
    public boolean improves() {
      return agreeHeldOut >= agreeShipped + LEAST_GAIN;
    }
  }

  /**
   * Fits a threshold and cross-validates it: k folds by position ({@link #FOLDS}), or leave-one-out
   * when there are fewer than {@link #LEAVE_ONE_OUT_BELOW} labels.
   *
   * @param labels the labels in a stable order (the corrections' own)
   * @param shipped the threshold the engine ships with
   * @param band the width of the unknown band below the threshold (0 for none)
   * @param least the lowest threshold allowed
   */
  public static Result crossValidate(
      List<Labelled> labels, double shipped, double band, double least) {
    int n = labels.size();
    int folds = n < LEAVE_ONE_OUT_BELOW ? n : FOLDS;
    int heldOut = 0;
    for (int fold = 0; fold < folds; fold++) {
      List<Labelled> train = new ArrayList<>();
      List<Labelled> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (i % folds == fold ? test : train).add(labels.get(i));
      }
      heldOut += agreement(test, fit(train, shipped, band, least), band);
    }
    int positives = (int) labels.stream().filter(Labelled::positive).count();
    return new Result(
        n,
        positives,
        agreement(labels, shipped, band),
        heldOut,
        shipped,
        fit(labels, shipped, band, least));
  }

  /**
   * Returns the threshold that agrees with the most labels; among equals, the one nearest the
   * shipped threshold, so that labels which do not decide leave the engine as it was.
   */
  static double fit(List<Labelled> labels, double shipped, double band, double least) {
    TreeSet<Double> candidates = new TreeSet<>();
    candidates.add(shipped);
    for (Labelled label : labels) {
      candidates.add(label.score());
      candidates.add(label.score() + band + STEP);
    }
    double best = shipped;
    int bestAgreement = agreement(labels, shipped, band);
    for (double candidate : candidates) {
      if (candidate < least || candidate > 1) {
        continue;
      }
      int agreement = agreement(labels, candidate, band);
      boolean nearer = Math.abs(candidate - shipped) < Math.abs(best - shipped);
      if (agreement > bestAgreement || (agreement == bestAgreement && nearer)) {
        best = candidate;
        bestAgreement = agreement;
      }
    }
    return best;
  }

  /** Returns how many labels the decision at {@code threshold} agrees with. */
  static int agreement(List<Labelled> labels, double threshold, double band) {
    int agree = 0;
    for (Labelled label : labels) {
      boolean yes = label.eligible() && label.score() >= threshold;
      boolean no = !label.eligible() || label.score() < threshold - band;
      if (label.positive() ? yes : no) {
        agree++;
      }
    }
    return agree;
  }
}
