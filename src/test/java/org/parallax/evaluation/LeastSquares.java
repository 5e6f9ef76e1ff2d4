package org.parallax.evaluation;

/** Ordinary least squares with an intercept, solved by the normal equations. */
public final class LeastSquares {

  private LeastSquares() {}

  /**
   * Fits {@code y ~ b0 + b1 x1 + ... + bk xk}.
   *
   * @param rows one row of k features per sample
   * @param y the targets
   * @return k + 1 coefficients, the intercept first
   */
  public static double[] fit(double[][] rows, double[] y) {
    int k = rows[0].length + 1;
    double[][] a = new double[k][k + 1];
    for (int n = 0; n < rows.length; n++) {
      double[] x = new double[k];
      x[0] = 1;
      System.arraycopy(rows[n], 0, x, 1, k - 1);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          a[i][j] += x[i] * x[j];
        }
        a[i][k] += x[i] * y[n];
      }
    }
    // A tiny ridge keeps the system solvable when a feature is constant.
    for (int i = 1; i < k; i++) {
      a[i][i] += 1e-6;
    }
    return solve(a);
  }

  /**
   * Fits like {@link #fit} but keeps every feature weight non-negative: features whose weight comes
   * out negative are dropped (weight 0) and the rest refitted, until none is negative. A negative
   * weight would tell users that sharing more words makes two claims less alike.
   *
   * @param rows one row of k features per sample
   * @param y the targets
   * @return k + 1 coefficients, the intercept first
   */
  public static double[] fitNonNegative(double[][] rows, double[] y) {
    int k = rows[0].length;
    boolean[] active = new boolean[k];
    java.util.Arrays.fill(active, true);
    while (true) {
      int count = 0;
      for (boolean a : active) {
        count += a ? 1 : 0;
      }
      double[][] reduced = new double[rows.length][count];
      for (int n = 0; n < rows.length; n++) {
        int c = 0;
        for (int j = 0; j < k; j++) {
          if (active[j]) {
            reduced[n][c++] = rows[n][j];
          }
        }
      }
      double[] fitted = count == 0 ? new double[] {mean(y)} : fit(reduced, y);
      double[] full = new double[k + 1];
      full[0] = fitted[0];
      int c = 1;
      int worst = -1;
      for (int j = 0; j < k; j++) {
        if (active[j]) {
          full[j + 1] = fitted[c++];
          if (full[j + 1] < 0 && (worst < 0 || full[j + 1] < full[worst + 1])) {
            worst = j;
          }
        }
      }
      if (worst < 0) {
        return full;
      }
      active[worst] = false;
    }
  }

  private static double mean(double[] y) {
    double sum = 0;
    for (double v : y) {
      sum += v;
    }
    return y.length == 0 ? 0 : sum / y.length;
  }

  private static double[] solve(double[][] a) {
    int k = a.length;
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int row = col + 1; row < k; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int row = 0; row < k; row++) {
        if (row != col && a[col][col] != 0) {
          double factor = a[row][col] / a[col][col];
          for (int c = col; c <= k; c++) {
            a[row][c] -= factor * a[col][c];
          }
        }
      }
    }
    double[] solution = new double[k];
    for (int i = 0; i < k; i++) {
      solution[i] = a[i][i] == 0 ? 0 : a[i][k] / a[i][i];
    }
    return solution;
  }
}
