package org.parallax.analysis;

/** Small vector helpers for embeddings. */
final class Vectors {

  private Vectors() {}

  /** Returns a copy of {@code v} scaled to length 1; a zero vector stays zero. */
  static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    float[] out = v.clone();
    if (sum > 0) {
      double norm = Math.sqrt(sum);
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (out[i] / norm);
      }
    }
    return out;
  }
}
