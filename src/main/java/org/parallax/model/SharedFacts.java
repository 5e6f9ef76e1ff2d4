package org.parallax.model;

/**
 * Whether the wording two reports share carries the same figures. A copy, however edited, keeps the
 * source's figures; two fillings of one template (a daily money-market report, two companies'
 * results, two bond issues) share the wording and change the figures in nearly every sentence they
 * share, and few figures of either report appear in the other.
 *
 * @param claims aligned pairs in which both claims give a figure
 * @param changedClaims those of them in which a figure changed value
 * @param leftFigures distinct figures the left report gives (values, units aside)
 * @param rightFigures distinct figures the right report gives
 * @param commonFigures figures both give
 * @param leftPeriod the latest month that at least two of the left report's claims name, in lower
 *     case, or null: the period a statistic or a series reports on
 * @param rightPeriod the same for the right report
 * @param example one change of a figure in words ("37 mln became 24 mln"), or null when none
 *     changed
 * @param leadFiguresChanged true when the two reports' leads (their first body claims) are aligned
 *     with each other, or neither with anything, each gives at least two figures, and none of
 *     either appears in the other: the happening itself has other figures (another issue's amount,
 *     coupon and price), however many figures the boilerplate after it shares
 */
public record SharedFacts(
    int claims,
    int changedClaims,
    int leftFigures,
    int rightFigures,
    int commonFigures,
    String leftPeriod,
    String rightPeriod,
    String example,
    boolean leadFiguresChanged) {

  /** Nothing to compare: neither report gives a figure or a month. */
  public static final SharedFacts NONE = new SharedFacts(0, 0, 0, 0, 0, null, null, null, false);

  /** Checks the counts. */
  public SharedFacts {
    if (claims < 0 || changedClaims < 0 || changedClaims > claims) {
      throw new IllegalArgumentException("changed claims must be between 0 and " + claims);
    }
    if (commonFigures < 0 || commonFigures > Math.min(leftFigures, rightFigures)) {
      throw new IllegalArgumentException("common figures exceed either report's");
    }
  }

  /**
   * Returns true when each report centres on a month and they differ: one series reported for two
   * periods ("rose 2.2 pct in February after 1.1 pct in January" against "rose 1.1 pct in January
   * after 0.2 pct in December").
   */
  public boolean periodsDiffer() {
    return leftPeriod != null && rightPeriod != null && !leftPeriod.equals(rightPeriod);
  }

  /** Share of the claims with figures whose figures changed, 0 when there are none. */
  public double changedShare() {
    return claims == 0 ? 0 : (double) changedClaims / claims;
  }

  /**
   * The larger of the two reports' shares of figures found in the other: near 1 when one restates
   * the other's figures, whichever is the shorter.
   */
  public double figuresFound() {
    if (leftFigures == 0 || rightFigures == 0) {
      return 0;
    }
    return (double) commonFigures / Math.min(leftFigures, rightFigures);
  }
}
