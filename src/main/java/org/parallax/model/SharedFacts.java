package org.parallax.model;

/**
 * Whether the wording two reports share carries the same figures. A copy, however edited, keeps the
 * source's figures; two fillings of one template (a daily money-market report, two companies'
 * results, two bond issues) share the wording and change the figures in nearly every sentence they
 * share.
 *
 * @param pairs aligned pairs in which both claims give a figure
 * @param changed those of them in which a figure changed value
 * @param example one such change in words ("37 mln became 24 mln"), or null when none changed
 */
public record SharedFacts(int pairs, int changed, String example) {

  /** Nothing to compare: no aligned claim gives a figure on both sides. */
  public static final SharedFacts NONE = new SharedFacts(0, 0, null);

  /** Checks the counts. */
  public SharedFacts {
    if (pairs < 0 || changed < 0 || changed > pairs) {
      throw new IllegalArgumentException("changed pairs must be between 0 and " + pairs);
    }
  }

  /** Share of the pairs with figures whose figures changed, 0 when there are none. */
  public double changedShare() {
    return pairs == 0 ? 0 : (double) changed / pairs;
  }
}
