package org.parallax.compare;

/**
 * A bound (from above or below, as the method that returns it says) of how much of each report the
 * other restates, under a similarity model other than the one a comparison was run with.
 *
 * @param leftByRight bound of the share of the left report's words restated in the right, in [0, 1]
 * @param rightByLeft bound of the share of the right report's words restated in the left, in [0, 1]
 */
public record CoverageBound(double leftByRight, double rightByLeft) {

  /** Returns the larger of the two bounds. */
  public double larger() {
    return Math.max(leftByRight, rightByLeft);
  }
}
