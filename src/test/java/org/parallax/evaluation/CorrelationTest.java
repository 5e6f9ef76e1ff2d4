package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {

  @Test
  void pearsonOfAPerfectLineIsOne() {
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void spearmanGivesTiesTheirMeanRank() {
    assertThat(Correlation.ranks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
  }

  @Test
  void nonNegativeLeastSquaresDropsAFeatureThatWouldWeighNegatively() {
    double[][] rows = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {4, 1}};
    double[] y = {0.0, 1.0, 1.9, 3.1, 3.8};
    double[] weights = LeastSquares.fitNonNegative(rows, y);
    assertThat(weights[2]).isZero();
    assertThat(weights[1]).isCloseTo(0.96, within(0.05));
  }
}
