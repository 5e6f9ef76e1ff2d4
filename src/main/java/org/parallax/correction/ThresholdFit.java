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
   * How unlikely, with labels that carry no signal, the fit's held-out gain over the shipped
   * threshold must be before it replaces it: the one-sided exact sign test (McNemar's) on the
   * labels where the two disagree. Fitting always finds some threshold that does better on the
   * labels it saw, and random labels can favour a fold by luck; a workspace's settings should not
   * follow noise.
   */
  public static final double SIGNIFICANCE = 0.05;

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
   * @param gained labels the held-out fit gets right and the shipped threshold wrong
   * @param lost labels the shipped threshold gets right and the held-out fit wrong
   * @param shipped the shipped threshold
   * @param fitted the threshold fitted on every label
   */
  public record Result(
      int count,
      int positives,
      int agreeShipped,
      int agreeHeldOut,
      int gained,
      int lost,
      double shipped,
      double fitted) {

    /**
     * Returns the chance of a held-out gain this large or larger if the fit were no better than the
     * shipped threshold (each label where they disagree a coin toss).
     */
    public double pValue() {
      return signTest(gained, gained + lost);
    }

    /** Returns true when the fit beats the shipped threshold on held-out labels significantly. */
    public boolean improves() {
      return gained > lost && pValue() < SIGNIFICANCE;
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
    int gained = 0;
    int lost = 0;
    for (int fold = 0; fold < folds; fold++) {
      List<Labelled> train = new ArrayList<>();
      List<Labelled> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (i % folds == fold ? test : train).add(labels.get(i));
      }
      double fitted = fit(train, shipped, band, least);
      for (Labelled label : test) {
        boolean fitRight = agrees(label, fitted, band);
        boolean shippedRight = agrees(label, shipped, band);
        heldOut += fitRight ? 1 : 0;
        gained += fitRight && !shippedRight ? 1 : 0;
        lost += shippedRight && !fitRight ? 1 : 0;
      }
    }
    int positives = (int) labels.stream().filter(Labelled::positive).count();
    return new Result(
        n,
        positives,
        agreement(labels, shipped, band),
        heldOut,
        gained,
        lost,
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
      agree += agrees(label, threshold, band) ? 1 : 0;
    }
    return agree;
  }

  private static boolean agrees(Labelled label, double threshold, double band) {
    boolean yes = label.eligible() && label.score() >= threshold;
    boolean no = !label.eligible() || label.score() < threshold - band;
    return label.positive() ? yes : no;
  }

  /** Returns P(X >= k) for X binomial with n trials of chance one half; 1 when n is 0. */
  static double signTest(int k, int n) {
    double tail = 0;
    double logChoose = 0; // log C(n, i), built up from i = 0
    for (int i = 0; i <= n; i++) {
      if (i > 0) {
        logChoose += Math.log(n - i + 1) - Math.log(i);
      }
      if (i >= k) {
        tail += Math.exp(logChoose - n * Math.log(2));
      }
    }
    return Math.min(1, tail);
  }
}
