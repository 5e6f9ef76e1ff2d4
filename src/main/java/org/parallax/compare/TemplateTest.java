package org.parallax.compare;

import java.util.Locale;
import org.parallax.model.SharedFacts;

/**
 * Tells one template filled twice from a copy. A copy keeps its source's facts; an update or a
 * correction changes one or two of them. Two fillings of one template (a daily market report, two
 * companies' results, two bond issues, one monthly statistic for two months) share the wording and
 * change the figures, or the period, in nearly every claim they share.
 */
final class TemplateTest {

  /**
   * Least shared claims giving figures on both sides for the test to speak; also the least claims
   * that must name a month for it to be a report's period.
   */
  static final int FACT_PAIRS = 2;

  /**
   * Share of those claims with changed figures from which the reports are two fillings of one
   * template rather than a copy: the most permissive share that calls no rewrite of the graded
   * derivation set's fit part a template (docs/evaluation.md).
   */
  static final double CHANGED_SHARE = 2.0 / 3;

  /** Least figures each report must give for the figures found in the other to speak. */
  static final int FIGURES = 2;

  /**
   * Share of the figures of the report with fewer found in the other below which the reports tell
   * of other facts in shared wording. Every rewrite of the graded derivation set's fit part with
   * figures keeps at least half of them (docs/evaluation.md).
   */
  static final double FIGURES_FOUND = 0.4;

  private TemplateTest() {}

  /** True when the shared wording carries other facts: figures that differ or another period. */
  static boolean filled(SharedFacts facts) {
    return claimsChanged(facts)
        || figuresApart(facts)
        || facts.periodsDiffer()
        || facts.leadFiguresChanged();
  }

  /** True when each report gives figures and few of either appear in the other. */
  static boolean figuresApart(SharedFacts facts) {
    return facts.leftFigures() >= FIGURES
        && facts.rightFigures() >= FIGURES
        && facts.figuresFound() < FIGURES_FOUND;
  }

  /** How plainly the facts differ, 0 to 1, for the confidence of an independent verdict. */
  static double strength(SharedFacts facts) {
    return Math.max(
        Math.max(facts.changedShare(), 1 - facts.figuresFound()),
        facts.periodsDiffer() || facts.leadFiguresChanged() ? 1 : 0);
  }

  /** The finding in words, for the evidence of an independent verdict. */
  static String evidence(SharedFacts facts) {
    String finding;
    if (claimsChanged(facts)) {
      finding =
          String.format(
              Locale.ROOT,
              "other figures: in %d of the %d shared claims that give figures they differ (%s)",
              facts.changedClaims(),
              facts.claims(),
              facts.example());
    } else if (figuresApart(facts)) {
      finding =
          String.format(
              Locale.ROOT,
              "other figures: of the %d and %d figures the reports give, only %d appear in both",
              facts.leftFigures(),
              facts.rightFigures(),
              facts.commonFigures());
    } else if (facts.leadFiguresChanged()) {
      finding = "other figures in the opening sentence, which tells what happened";
    } else {
      finding =
          "another period: one reports on "
              + capitalised(facts.leftPeriod())
              + ", the other on "
              + capitalised(facts.rightPeriod());
    }
    return "The same wording with "
        + finding
        + ". One template filled twice, or a report of a new happening, is not a copy";
  }

  private static boolean claimsChanged(SharedFacts facts) {
    return facts.claims() >= FACT_PAIRS && facts.changedShare() >= CHANGED_SHARE;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
