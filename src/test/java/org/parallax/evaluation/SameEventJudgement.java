package org.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Comparison;
import org.parallax.workspace.ComparisonService;

/**
 * Measures how often the comparison engine judges two ECB+ reports of the same event related, and
 * two reports of the hard-negative sub-topic (same topic, another event) not related.
 *
 * <p>"Judged related" means the engine aligns at least {@value #MIN_PAIRS} sentence pairs between
 * the two reports: a claim restated across them. Pairs are chosen deterministically: per topic, the
 * first {@value #PAIRS_PER_TOPIC} same-event pairs and as many hard-negative pairs, by file name.
 */
public final class SameEventJudgement {

  /** Aligned sentence pairs that make two reports "related". */
  static final int MIN_PAIRS = 1;

  /** Pairs of each kind taken from each topic. */
  static final int PAIRS_PER_TOPIC = 10;

  private SameEventJudgement() {}

  /**
   * The rates measured.
   *
   * @param sameEventPairs same-event pairs compared
   * @param sameEventRelated of those, how many the engine judged related
   * @param hardNegativePairs hard-negative pairs compared
   * @param hardNegativeRelated of those, how many the engine judged related (wrongly)
   * @param meanCoverageSame mean of the larger coverage on same-event pairs
   * @param meanCoverageHard mean of the larger coverage on hard-negative pairs
   */
  public record Result(
      int sameEventPairs,
      int sameEventRelated,
      int hardNegativePairs,
      int hardNegativeRelated,
      double meanCoverageSame,
      double meanCoverageHard) {

    /** Returns the figures as readable lines. */
    public String lines() {
      return String.format(
          Locale.ROOT,
          "same-event pairs judged related: %d of %d (%.3f), mean coverage %.3f%n"
              + "hard-negative pairs judged related: %d of %d (%.3f), mean coverage %.3f%n",
          sameEventRelated,
          sameEventPairs,
          (double) sameEventRelated / sameEventPairs,
          meanCoverageSame,
          hardNegativeRelated,
          hardNegativePairs,
          (double) hardNegativeRelated / hardNegativePairs,
          meanCoverageHard);
    }
  }

  /**
   * Runs the measurement on the ECB+ folder of the shared data.
   *
   * @param ecbPlus the {@code ecbplus} folder
   * @throws IOException when the corpus cannot be read
   */
  public static Result run(Path ecbPlus) throws IOException {
    List<EcbPlusDocument> documents = new ArrayList<>(EcbPlusReader.readAll(ecbPlus));
    documents.sort(Comparator.comparing(EcbPlusDocument::name));
    Map<Integer, List<EcbPlusDocument>> byTopic = new TreeMap<>();
    documents.forEach(d -> byTopic.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
    ComparisonService engine = ComparisonService.withoutEmbeddings();
    int[] same = new int[2];
    int[] hard = new int[2];
    double[] coverage = new double[2];
    for (List<EcbPlusDocument> topic : byTopic.values()) {
      int sameTaken = 0;
      int hardTaken = 0;
      for (int i = 0; i < topic.size(); i++) {
        for (int j = i + 1; j < topic.size(); j++) {
          EcbPlusDocument a = topic.get(i);
          EcbPlusDocument b = topic.get(j);
          boolean sameEvent = a.sameEventAs(b);
          if (sameEvent ? sameTaken >= PAIRS_PER_TOPIC : hardTaken >= PAIRS_PER_TOPIC) {
            continue;
          }
          Comparison comparison = engine.compare(a.article(), b.article());
          boolean related = comparison.pairs().size() >= MIN_PAIRS;
          double covered =
              Math.max(
                  comparison.derivation().leftByRight(), comparison.derivation().rightByLeft());
          int[] counts = sameEvent ? same : hard;
          counts[0]++;
          counts[1] += related ? 1 : 0;
          coverage[sameEvent ? 0 : 1] += covered;
          if (sameEvent) {
            sameTaken++;
          } else {
            hardTaken++;
          }
        }
      }
    }
    return new Result(
        same[0], same[1], hard[0], hard[1], coverage[0] / same[0], coverage[1] / hard[0]);
  }
}
