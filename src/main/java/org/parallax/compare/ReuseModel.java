package org.parallax.compare;

import java.util.Locale;
import java.util.Map;

/**
 * How the copy signals combine into one reuse score in [0, 1], and the scores at which a report is
 * called derived or independent.
 *
 * <p>The weights are a least-squares fit of the rewrite level (0 independent, 1/3 heavy paraphrase,
 * 2/3 light edit, 1 near copy) on the fit part of the graded derivation set; the thresholds are the
 * best-accuracy points on the same part. See {@code docs/evaluation.md}.
 *
 * @param intercept constant term
 * @param trigrams weight of {@link CopySignals#trigrams()}
 * @param rareRuns weight of {@link CopySignals#rareRuns()}
 * @param restated weight of {@link CopySignals#restated()}
 * @param restatedInOrder weight of restated times order
 * @param quotes weight of {@link CopySignals#quotes()}
 * @param derivedFrom least reuse for a derivation, in [0, 1]
 * @param independentBelow below this reuse the reports are independent; between the two the verdict
 *     is unknown
 */
public record ReuseModel(
    double intercept,
    double trigrams,
    double rareRuns,
    double restated,
    double restatedInOrder,
    double quotes,
    double derivedFrom,
    double independentBelow) {

  /**
   * The model the engine ships with: the non-negative least-squares fit on the 60 fit pairs of the
   * graded derivation set ({@code ReuseFit}, logged by {@code DerivationEvaluationTest}); rare
   * runs, order and quotes fit to 0 there (trigrams and worded restatement carry what they carry,
   * see docs/evaluation.md) and stay in the JSON as evidence a person can read. Derived from 0.168,
   * the best-accuracy threshold on the fit pairs; independent below 0.118, that threshold less
   * 0.05, so the closest calls say "unknown" instead of guessing.
   */
  public static final ReuseModel FITTED =
      new ReuseModel(-0.026, 0.729, 0.0, 0.312, 0.0, 0.0, 0.168, 0.118);

  /** Checks that the thresholds are ordered scores. */
  public ReuseModel {
    if (independentBelow < 0 || derivedFrom > 1 || independentBelow > derivedFrom) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 <= independentBelow <= derivedFrom <= 1");
    }
  }

  /** Returns the reuse score of one direction's signals, in [0, 1]. */
  double score(CopySignals s) {
    double score =
        intercept
            + trigrams * s.trigrams()
            + rareRuns * s.rareRuns()
            + restated * s.restated()
            + restatedInOrder * s.restated() * s.order()
            + quotes * s.quotes();
    return Math.max(0, Math.min(1, score));
  }

  /**
   * Returns the reuse of a comparison's signals with the restated share replaced: what the score
   * would be if another alignment (one with sentence embeddings, say) restated that much.
   *
   * @param signals a derivation's signals by name
   * @param restatedShare the restated share to assume, in [0, 1]
   */
  public double scoreWithRestated(Map<String, Double> signals, double restatedShare) {
    return score(
        new CopySignals(
            signals.getOrDefault(CopySignals.TRIGRAMS, 0.0),
            signals.getOrDefault(CopySignals.RARE_RUNS, 0.0),
            restatedShare,
            signals.getOrDefault(CopySignals.ORDER, 0.0),
            signals.getOrDefault(CopySignals.QUOTES, 0.0)));
  }

  /** Describes the model for a comparison's settings. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%.3f + %.3f trigrams + %.3f rareRuns + %.3f restated + %.3f restated*order + %.3f quotes;"
            + " derived from %.3f, independent below %.3f",
        intercept,
        trigrams,
        rareRuns,
        restated,
        restatedInOrder,
        quotes,
        derivedFrom,
        independentBelow);
  }
}
