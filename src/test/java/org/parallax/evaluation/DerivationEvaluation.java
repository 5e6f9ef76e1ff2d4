package org.parallax.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Verdict;
import org.parallax.workspace.ComparisonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores derivation on the graded derivation set: the engine's verdict, its coverage, and two
 * baselines (word-trigram containment, MiniLM alone), on the fit part, the held-out part and all.
 *
 * <p>Run: {@code mvn -o -q test -Dtest=DerivationEvaluationTest -Dexcluded.groups= -Dgroups=long};
 * the table goes to {@code target/evaluation/derivation.md}, each pair's scores to {@code
 * target/evaluation/derivation-pairs.tsv}.
 */
public final class DerivationEvaluation {

  private static final Logger LOG = LoggerFactory.getLogger(DerivationEvaluation.class);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<Verdict> DERIVED =
      Set.of(
          Verdict.LEFT_DERIVES_FROM_RIGHT, Verdict.RIGHT_DERIVES_FROM_LEFT, Verdict.COMMON_SOURCE);

  /** One compared pair with what every scorer needs. */
  record Scored(DerivationPair pair, Comparison comparison) {}

  /** One row of the table: a graded score and, unless it has its own, a fitted threshold. */
  interface Scorer {
    /** Returns the row's name. */
    String name();

    /** Returns the graded score (higher = more derived) the rank correlation uses. */
    double score(Scored pair);

    /** Returns the scorer's own decision, or null to fit a threshold on the score. */
    default Predicate<Scored> decision() {
      return null;
    }
  }

  /** A row's figures on one part of the set. */
  record Figures(
      String part, int pairs, double accuracy, double falseDerived, double unknown, double rho) {}

  private DerivationEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param args optional: the shared data folder (default {@code ../shared/data}) and the set's
   *     folder (default {@code src/test/resources/derivation})
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path set = Path.of(args.length > 1 ? args[1] : "src/test/resources/derivation");
    String table = run(data, set, Path.of("target/evaluation"));
    LOG.info("derivation evaluation:\n{}", table);
  }

  /**
   * Compares every pair, writes the per-pair file and the table, and returns the table.
   *
   * @param data the shared data folder holding {@code ecbplus/ECB+}
   * @param setFolder the graded set's folder
   * @param out where to write {@code derivation.md} and {@code derivation-pairs.tsv}
   */
  static String run(Path data, Path setFolder, Path out) throws IOException {
    DerivationSet set = new DerivationSet(setFolder, data.resolve("ecbplus").resolve("ECB+"));
    ComparisonService service = ComparisonService.withEmbeddings();
    List<Scored> scored = new ArrayList<>();
    for (DerivationPair pair : set.pairs()) {
      scored.add(new Scored(pair, service.compare(set.left(pair), set.right(pair))));
      LOG.debug("compared {}", pair.id());
    }
    List<Scorer> scorers = new ArrayList<>(scorers());
    scorers.addAll(ReuseFit.rows(scored));
    StringBuilder table = new StringBuilder();
    table
        .append("| row | part | pairs | accuracy | independent called derived |")
        .append(" derived called unknown | Spearman with level |\n")
        .append("|---|---|---|---|---|---|---|\n");
    List<Predicate<Scored>> decisions = new ArrayList<>();
    for (Scorer scorer : scorers) {
      Predicate<Scored> decision = scorer.decision();
      String name = scorer.name();
      if (decision == null) {
        double threshold =
            bestThreshold(scorer, scored.stream().filter(s -> !s.pair().heldout()).toList());
        decision = s -> scorer.score(s) >= threshold;
        name += String.format(Locale.ROOT, " (threshold %.3f fitted on fit)", threshold);
      }
      decisions.add(decision);
      for (String part : List.of("fit", "heldout", "all")) {
        List<Scored> subset =
            scored.stream()
                .filter(s -> part.equals("all") || s.pair().heldout() == part.equals("heldout"))
                .toList();
        Figures f = figures(part, subset, scorer, decision);
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.3f | %.3f | %s | %.3f |%n",
                name,
                f.part(),
                f.pairs(),
                f.accuracy(),
                f.falseDerived(),
                Double.isNaN(f.unknown()) ? "n/a" : String.format(Locale.ROOT, "%.3f", f.unknown()),
                f.rho()));
      }
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("derivation.md"), table.toString(), StandardCharsets.UTF_8);
    writePairs(out.resolve("derivation-pairs.tsv"), scored, scorers, decisions);
    return table.toString();
  }

  /** The rows: the verdict, coverage, the two baselines and, once the engine has it, reuse. */
  static List<Scorer> scorers() {
    List<Scorer> scorers = new ArrayList<>();
    scorers.add(
        new Scorer() {
          @Override
          public String name() {
            return "(a) engine verdict";
          }

          /** A derivation verdict ranks above unknown (0.5), which ranks above independent. */
          @Override
          public double score(Scored pair) {
            Derivation d = pair.comparison().derivation();
            if (d.verdict() == Verdict.UNKNOWN) {
              return 0.5;
            }
            return DERIVED.contains(d.verdict())
                ? 0.5 + d.confidence() / 2
                : 0.5 - d.confidence() / 2;
          }

          @Override
          public Predicate<Scored> decision() {
            return s -> DERIVED.contains(s.comparison().derivation().verdict());
          }
        });
    scorers.add(
        scorer(
            "(b) max(coverage)",
            s ->
                Math.max(
                    s.comparison().derivation().leftByRight(),
                    s.comparison().derivation().rightByLeft())));
    scorers.add(scorer("(c) word-trigram containment", DerivationEvaluation::containment));
    scorers.add(scorer("(d) MiniLM mean-embedding cosine", DerivationEvaluation::meanCosine));
    scorers.add(scorer("(e) derivation.reuse", s -> s.comparison().derivation().reuse()));
    return scorers;
  }

  private static Scorer scorer(String name, java.util.function.ToDoubleFunction<Scored> score) {
    return new Scorer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double score(Scored pair) {
        return score.applyAsDouble(pair);
      }
    };
  }

  /**
   * Returns {@code Derivation.reuse()} when the engine has it. Looked up by reflection so this
   * harness compiles before and after the graded reuse score is merged.
   */

  /** Share of the smaller text's word trigrams found in the other text. */
  static double containment(Scored pair) {
    Set<String> left = trigrams(pair.comparison().left().article().text());
    Set<String> right = trigrams(pair.comparison().right().article().text());
    Set<String> smaller = left.size() <= right.size() ? left : right;
    Set<String> larger = smaller == left ? right : left;
    if (smaller.isEmpty()) {
      return 0;
    }
    return smaller.stream().filter(larger::contains).count() / (double) smaller.size();
  }

  private static Set<String> trigrams(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      grams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return grams;
  }

  /** Cosine of the two reports' mean sentence embeddings. */
  static double meanCosine(Scored pair) {
    float[] left = mean(pair.comparison().left());
    float[] right = mean(pair.comparison().right());
    double dot = 0;
    double ll = 0;
    double rr = 0;
    for (int i = 0; i < left.length; i++) {
      dot += left[i] * right[i];
      ll += left[i] * left[i];
      rr += right[i] * right[i];
    }
    return ll == 0 || rr == 0 ? 0 : dot / Math.sqrt(ll * rr);
  }

  private static float[] mean(AnalyzedArticle article) {
    float[] sum = null;
    for (AnalyzedSentence sentence : article.sentences()) {
      float[] v = sentence.embedding();
      if (v == null) {
        continue;
      }
      if (sum == null) {
        sum = new float[v.length];
      }
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    if (sum == null) {
      throw new IllegalStateException(article.article().id() + " has no sentence embeddings");
    }
    return sum;
  }

  /** Returns the threshold (a midpoint between scores) with the best accuracy on {@code fit}. */
  static double bestThreshold(Scorer scorer, List<Scored> fit) {
    double[] scores = fit.stream().mapToDouble(scorer::score).sorted().distinct().toArray();
    double best = scores.length == 0 ? 0.5 : scores[0];
    double bestAccuracy = -1;
    for (int i = 0; i <= scores.length; i++) {
      double t =
          i == 0
              ? scores[0] - 1e-9
              : i == scores.length ? scores[i - 1] + 1e-9 : (scores[i - 1] + scores[i]) / 2;
      long right = fit.stream().filter(s -> (scorer.score(s) >= t) == s.pair().derived()).count();
      double accuracy = right / (double) fit.size();
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        best = t;
      }
    }
    return best;
  }

  private static Figures figures(
      String part, List<Scored> pairs, Scorer scorer, Predicate<Scored> decision) {
    long correct = pairs.stream().filter(s -> decision.test(s) == s.pair().derived()).count();
    List<Scored> independent = pairs.stream().filter(s -> !s.pair().derived()).toList();
    List<Scored> derived = pairs.stream().filter(s -> s.pair().derived()).toList();
    long falseDerived = independent.stream().filter(decision).count();
    long unknown =
        derived.stream()
            .filter(s -> s.comparison().derivation().verdict() == Verdict.UNKNOWN)
            .count();
    double[] scores = pairs.stream().mapToDouble(scorer::score).toArray();
    double[] levels = pairs.stream().mapToDouble(s -> s.pair().level()).toArray();
    return new Figures(
        part,
        pairs.size(),
        correct / (double) pairs.size(),
        independent.isEmpty() ? 0 : falseDerived / (double) independent.size(),
        scorer.decision() == null || derived.isEmpty()
            ? Double.NaN
            : unknown / (double) derived.size(),
        Correlation.spearman(scores, levels));
  }

  private static void writePairs(
      Path file, List<Scored> scored, List<Scorer> scorers, List<Predicate<Scored>> decisions)
      throws IOException {
    StringBuilder tsv =
        new StringBuilder(
            "id\tlevel\tlabel\tsplit\tverdict\tconfidence\tleftByRight\trightByLeft"
                + "\tclaimsWithFigures\tchangedClaims\tleftFigures\trightFigures\tcommonFigures");
    for (Scorer scorer : scorers) {
      tsv.append('\t').append(scorer.name()).append("\t").append(scorer.name()).append(" derived");
    }
    tsv.append('\n');
    for (Scored s : scored) {
      Derivation d = s.comparison().derivation();
      tsv.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d",
              s.pair().id(),
              s.pair().level(),
              s.pair().label(),
              s.pair().heldout() ? "heldout" : "fit",
              d.verdict().jsonName(),
              d.confidence(),
              d.leftByRight(),
              d.rightByLeft(),
              d.facts().claims(),
              d.facts().changedClaims(),
              d.facts().leftFigures(),
              d.facts().rightFigures(),
              d.facts().commonFigures()));
      for (int i = 0; i < scorers.size(); i++) {
        tsv.append(
            String.format(
                Locale.ROOT, "\t%.3f\t%b", scorers.get(i).score(s), decisions.get(i).test(s)));
      }
      tsv.append('\n');
    }
    Files.writeString(file, tsv.toString(), StandardCharsets.UTF_8);
  }
}
