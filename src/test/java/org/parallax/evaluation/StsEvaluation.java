package org.parallax.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.CachingEmbedder;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.SentenceEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.compare.ComparisonEngine;
import org.parallax.compare.SentenceJudgement;
import org.parallax.model.AnalyzedSentence;

/**
 * Measures claim similarity on STS Benchmark headlines: Pearson and Spearman of the engine's score
 * against gold on dev, for the shipped engine with and without embeddings, and for every subset of
 * signals refitted on train (so each row shows what a signal adds).
 */
public final class StsEvaluation {

  /** The signals in the order the engine reports them. */
  public static final List<String> SIGNALS = List.of("words", "verbatim", "entities", "meaning");

  /**
   * Gold similarity from which a pair is taken to state the same claim (2 shares details, 3 is
   * roughly equivalent).
   */
  public static final double SAME_CLAIM_GOLD = 2.5;

  /**
   * One configuration measured on dev.
   *
   * @param configuration what was measured
   * @param pearson Pearson's r against gold
   * @param spearman Spearman's rho against gold
   * @param note the weights or settings used
   */
  public record Row(String configuration, double pearson, double spearman, String note) {}

  /**
   * The evaluation's figures.
   *
   * @param trainPairs pairs in train
   * @param devPairs pairs in dev
   * @param rows one row per configuration
   * @param fitted least-squares weights on train per signal subset (intercept first)
   * @param thresholds the score threshold for "same claim" that maximises F1 on train, by model
   * @param decisions how the shipped engine's same-claim decision fares on dev, as sentences
   */
  public record Result(
      int trainPairs,
      int devPairs,
      List<Row> rows,
      Map<String, double[]> fitted,
      Map<String, Double> thresholds,
      List<String> decisions) {

    /** Returns the rows as a Markdown table. */
    public String toMarkdown() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "STS headlines: %d train pairs (fit), %d dev pairs (measured)%n%n",
              trainPairs,
              devPairs));
      out.append("| configuration | Pearson | Spearman | weights / notes |\n|---|---|---|---|\n");
      for (Row row : rows) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %s |%n",
                row.configuration,
                row.pearson,
                row.spearman,
                row.note));
      }
      out.append('\n');
      for (Map.Entry<String, Double> t : thresholds.entrySet()) {
        out.append(
            String.format(
                Locale.ROOT,
                "Threshold (train, best F1 for gold >= %.1f) %s: %.3f%n",
                SAME_CLAIM_GOLD,
                t.getKey(),
                t.getValue()));
      }
      out.append('\n');
      for (String decision : decisions) {
        out.append(decision).append('\n');
      }
      return out.toString();
    }
  }

  private StsEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param folder the {@code sts-headlines} folder
   * @param analysis turns sentences into analysed sentences (with embeddings)
   * @param engine the engine as shipped (calibrated weights), with its IDF table
   * @param lexicalEngine the same engine with embeddings switched off
   */
  public static Result run(
      Path folder,
      SentenceAnalysis analysis,
      ComparisonEngine engine,
      ComparisonEngine lexicalEngine)
      throws IOException {
    List<StsPair> train = StsPair.read(folder.resolve("sts-headlines-train.tsv"));
    List<StsPair> dev = StsPair.read(folder.resolve("sts-headlines-dev.tsv"));
    Judged trainJudged = judge(train, analysis, engine, lexicalEngine);
    Judged devJudged = judge(dev, analysis, engine, lexicalEngine);
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            "engine as shipped (all signals)",
            devJudged.scores,
            devJudged.gold,
            "calibrated constants"));
    rows.add(
        row(
            "engine as shipped, no embeddings",
            devJudged.lexicalScores,
            devJudged.gold,
            "calibrated constants"));
    Map<String, double[]> fitted = new LinkedHashMap<>();
    for (List<String> subset : subsets()) {
      double[] weights =
          LeastSquares.fitNonNegative(trainJudged.features(subset), trainJudged.target());
      fitted.put(String.join("+", subset), weights);
      double[] predicted = predict(devJudged.features(subset), weights);
      rows.add(row(label(subset), predicted, devJudged.gold, format(subset, weights)));
    }
    Map<String, Double> thresholds = new LinkedHashMap<>();
    thresholds.put("all signals", bestThreshold(trainJudged.scores, trainJudged.gold));
    thresholds.put("no embeddings", bestThreshold(trainJudged.lexicalScores, trainJudged.gold));
    List<String> decisions = new ArrayList<>();
    decisions.add(decision("dev, all signals, with the words floor", devJudged, engine, true));
    decisions.add(decision("dev, all signals, without the words floor", devJudged, engine, false));
    decisions.add(decision("train, all signals, with the words floor", trainJudged, engine, true));
    decisions.add(
        decision("train, all signals, without the words floor", trainJudged, engine, false));
    return new Result(train.size(), dev.size(), rows, fitted, thresholds, decisions);
  }

  /** Runs the evaluation on {@code ../shared/data} (or the folder given) and writes the table. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = Path.of(args.length > 1 ? args[1] : "target/evaluation/sts-headlines.md");
    Result result = runDefault(data.resolve("sts-headlines"));
    write(out, result.toMarkdown());
  }

  /** Runs with the real analyser, MiniLM embeddings and the English IDF table. */
  public static Result runDefault(Path folder) throws IOException {
    TextAnalyzer analyzer = TextAnalyzer.create();
    SentenceEmbedder embedder = new CachingEmbedder(new MiniLmEmbedder(), 10_000);
    ComparisonEngine engine = Engines.standard(true);
    ComparisonEngine lexical = Engines.standard(false);
    return run(folder, new SentenceAnalysis(analyzer, embedder), engine, lexical);
  }

  /** Writes {@code text} to {@code file}, creating its folder. */
  static void write(Path file, String text) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private record Judged(
      double[] gold, double[] scores, double[] lexicalScores, List<Map<String, Double>> signals) {

    double[][] features(List<String> subset) {
      double[][] rows = new double[signals.size()][subset.size()];
      for (int i = 0; i < signals.size(); i++) {
        for (int k = 0; k < subset.size(); k++) {
          rows[i][k] = signals.get(i).getOrDefault(subset.get(k), 0.0);
        }
      }
      return rows;
    }

    double[] target() {
      double[] y = new double[gold.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = gold[i] / 5.0;
      }
      return y;
    }
  }

  private static Judged judge(
      List<StsPair> pairs,
      SentenceAnalysis analysis,
      ComparisonEngine engine,
      ComparisonEngine lexicalEngine) {
    List<String> texts = new ArrayList<>();
    for (StsPair pair : pairs) {
      texts.add(pair.first());
      texts.add(pair.second());
    }
    List<AnalyzedSentence> sentences = analysis.analyzeAll(texts);
    double[] gold = new double[pairs.size()];
    double[] scores = new double[pairs.size()];
    double[] lexical = new double[pairs.size()];
    List<Map<String, Double>> signals = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      AnalyzedSentence a = sentences.get(2 * i);
      AnalyzedSentence b = sentences.get(2 * i + 1);
      SentenceJudgement judgement = engine.judge(a, b);
      gold[i] = pairs.get(i).gold();
      scores[i] = judgement.score();
      lexical[i] = lexicalEngine.judge(a, b).score();
      signals.add(judgement.signals());
    }
    return new Judged(gold, scores, lexical, signals);
  }

  private static List<List<String>> subsets() {
    List<List<String>> subsets = new ArrayList<>();
    subsets.add(SIGNALS);
    subsets.add(List.of("words", "verbatim", "entities"));
    for (String left : SIGNALS) {
      List<String> without = new ArrayList<>(SIGNALS);
      without.remove(left);
      if (!left.equals("meaning")) {
        subsets.add(without);
      }
    }
    for (String signal : SIGNALS) {
      subsets.add(List.of(signal));
    }
    return subsets;
  }

  private static String label(List<String> subset) {
    if (subset.equals(SIGNALS)) {
      return "refit: all signals";
    }
    if (subset.size() == 1) {
      return "refit: " + subset.get(0) + " alone";
    }
    List<String> missing = new ArrayList<>(SIGNALS);
    missing.removeAll(subset);
    return "refit: without " + String.join(", ", missing);
  }

  private static double[] predict(double[][] rows, double[] weights) {
    double[] predicted = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      double sum = weights[0];
      for (int k = 0; k < rows[i].length; k++) {
        sum += weights[k + 1] * rows[i][k];
      }
      predicted[i] = Math.max(0, Math.min(1, sum));
    }
    return predicted;
  }

  private static String format(List<String> subset, double[] weights) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.3f", weights[0]));
    for (int k = 0; k < subset.size(); k++) {
      text.append(String.format(Locale.ROOT, " + %.3f %s", weights[k + 1], subset.get(k)));
    }
    return text.toString();
  }

  private static Row row(String name, double[] predicted, double[] gold, String note) {
    return new Row(
        name, Correlation.pearson(predicted, gold), Correlation.spearman(predicted, gold), note);
  }

  private static String decision(
      String name, Judged judged, ComparisonEngine engine, boolean floor) {
    double threshold = Double.parseDouble(engine.settings().get("alignThreshold"));
    double wordsFloor = floor ? Double.parseDouble(engine.settings().get("wordsFloor")) : 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < judged.gold.length; i++) {
      boolean predicted =
          judged.scores[i] >= threshold
              && judged.signals.get(i).getOrDefault("words", 0.0) >= wordsFloor;
      boolean actual = judged.gold[i] >= SAME_CLAIM_GOLD;
      tp += predicted && actual ? 1 : 0;
      fp += predicted && !actual ? 1 : 0;
      fn += !predicted && actual ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return String.format(
        Locale.ROOT,
        "Same-claim decision (gold >= %.1f), %s: precision %.3f, recall %.3f, F1 %.3f",
        SAME_CLAIM_GOLD,
        name,
        precision,
        recall,
        f1);
  }

  /** Returns the score threshold with the best F1 for telling pairs with gold >= 2.5 apart. */
  static double bestThreshold(double[] scores, double[] gold) {
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 5; step <= 95; step++) {
      double t = step / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < scores.length; i++) {
        boolean predicted = scores[i] >= t;
        boolean actual = gold[i] >= SAME_CLAIM_GOLD;
        tp += predicted && actual ? 1 : 0;
        fp += predicted && !actual ? 1 : 0;
        fn += !predicted && actual ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }
}
