package org.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.evaluation.DerivationEvaluation.Scored;
import org.parallax.evaluation.DerivationEvaluation.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the reuse model's weights on the fit part of the graded set (least squares of the level / 3
 * on the copy signals, weights kept non-negative) and adds one row per subset of signals, so the
 * table shows what each signal adds. The full fit's coefficients are logged: they are what {@code
 * ReuseModel.FITTED} ships.
 */
final class ReuseFit {

  private static final Logger LOG = LoggerFactory.getLogger(ReuseFit.class);

  /** The model's features, in {@code ReuseModel}'s order. */
  static final List<String> FEATURES =
      List.of("trigrams", "rareRuns", "restated", "restatedInOrder", "quotes");

  private ReuseFit() {}

  /** Returns the rows: the full refit, each signal alone, and the full set without each. */
  static List<Scorer> rows(List<Scored> scored) {
    List<Scored> fit = scored.stream().filter(s -> !s.pair().heldout()).toList();
    List<Scorer> rows = new ArrayList<>();
    rows.add(row("(f) reuse refit, all signals", fit, FEATURES, true));
    for (String feature : FEATURES) {
      rows.add(row("(g) " + feature + " alone", fit, List.of(feature), false));
    }
    for (String left : FEATURES) {
      List<String> without = FEATURES.stream().filter(f -> !f.equals(left)).toList();
      rows.add(row("(h) without " + left, fit, without, false));
    }
    return rows;
  }

  private static Scorer row(String name, List<Scored> fit, List<String> features, boolean log) {
    double[][] x = fit.stream().map(s -> features(s, features)).toArray(double[][]::new);
    double[] y = fit.stream().mapToDouble(s -> s.pair().level() / 3.0).toArray();
    double[] w = LeastSquares.fitNonNegative(x, y);
    if (log) {
      StringBuilder model = new StringBuilder(String.format(Locale.ROOT, "%.3f", w[0]));
      for (int i = 0; i < features.size(); i++) {
        model.append(String.format(Locale.ROOT, " + %.3f %s", w[i + 1], features.get(i)));
      }
      LOG.info("reuse fitted on {} pairs: {}", fit.size(), model);
    }
    String label = name + coefficients(w);
    return new Scorer() {
      @Override
      public String name() {
        return label;
      }

      @Override
      public double score(Scored pair) {
        double[] f = features(pair, features);
        double score = w[0];
        for (int i = 0; i < f.length; i++) {
          score += w[i + 1] * f[i];
        }
        return Math.max(0, Math.min(1, score));
      }
    };
  }

  private static String coefficients(double[] w) {
    StringBuilder text = new StringBuilder(" [");
    for (int i = 0; i < w.length; i++) {
      text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", w[i]));
    }
    return text.append(']').toString();
  }

  /** The chosen direction's signals, with restated times order as its own feature. */
  static double[] features(Scored pair, List<String> names) {
    Map<String, Double> signals = pair.comparison().derivation().signals();
    double[] f = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      f[i] =
          name.equals("restatedInOrder")
              ? signals.getOrDefault("restated", 0.0) * signals.getOrDefault("order", 0.0)
              : signals.getOrDefault(name, 0.0);
    }
    return f;
  }
}
