package org.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.pure.BCubed;
import org.parallax.workspace.Workspace;

/**
 * Measures event grouping on ECB+: the gold event of a document is its topic and sub-topic, and the
 * clusters of {@link EventGrouping} are scored with B-cubed precision, recall and F1 at a range of
 * merge thresholds (the links are computed once).
 */
public final class EventClusteringEvaluation {

  /** Thresholds reported, the product default among them. */
  static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

  private EventClusteringEvaluation() {}

  /**
   * The score at one threshold.
   *
   * @param threshold the merge threshold
   * @param clusters how many clusters (singletons included)
   * @param score B-cubed precision, recall and F1
   */
  public record Point(double threshold, int clusters, BCubed score) {

    /** Returns the point as one line of a table. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "%.2f  %5d  P %.3f  R %.3f  F1 %.3f",
          threshold,
          clusters,
          score.precision(),
          score.recall(),
          score.f1());
    }
  }

  /**
   * The figures of one run.
   *
   * @param documents documents grouped
   * @param events gold events (topic and sub-topic pairs)
   * @param links related-report links between them
   * @param points the score at each threshold
   * @param heldOut each fold scored at the threshold chosen on the other fold
   * @param millis time to link and cluster at all thresholds
   */
  public record Result(
      int documents,
      int events,
      int links,
      List<Point> points,
      List<HeldOut> heldOut,
      long millis) {

    /** Copies the lists so the record stays immutable. */
    public Result {
      points = List.copyOf(points);
      heldOut = List.copyOf(heldOut);
    }
  }

  /**
   * One fold scored at the threshold that was best on the other fold: an out-of-sample figure.
   *
   * @param fold which topics were scored ({@code odd} or {@code even} topic numbers)
   * @param threshold the threshold chosen on the other fold's documents
   * @param score B-cubed of this fold's documents at that threshold
   */
  public record HeldOut(String fold, double threshold, BCubed score) {

    /** Returns the fold as one line of a table. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "%-4s topics at %.2f (chosen on the other fold): P %.3f  R %.3f  F1 %.3f",
          fold,
          threshold,
          score.precision(),
          score.recall(),
          score.f1());
    }
  }

  /**
   * Indexes the documents in a fresh workspace, groups them and scores the groups.
   *
   * @param documents the ECB+ documents
   * @param scratch an empty folder for the temporary workspace
   * @throws IOException when the workspace cannot be created
   */
  public static Result run(List<EcbPlusDocument> documents, Path scratch) throws IOException {
    long start = System.nanoTime();
    Map<String, String> gold = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    for (EcbPlusDocument document : documents) {
      gold.put(document.article().id().value(), document.topic() + "/" + document.subTopic());
      articles.add(document.article());
    }
    try (Workspace workspace = Workspace.open(scratch)) {
      workspace.ingestArticles(articles);
      EventGrouping.Links links = EventGrouping.links(workspace, (stage, done, total, found) -> {});
      List<Point> points = new ArrayList<>();
      List<List<List<String>>> clusterings = new ArrayList<>();
      for (double threshold : THRESHOLDS) {
        List<List<String>> clusters = EventGrouping.cluster(links, threshold);
        clusterings.add(clusters);
        points.add(new Point(threshold, clusters.size(), BCubed.score(clusters, gold)));
      }
      Map<String, String> odd = fold(documents, gold, 1);
      Map<String, String> even = fold(documents, gold, 0);
      return new Result(
          documents.size(),
          (int) gold.values().stream().distinct().count(),
          links.links().size(),
          points,
          List.of(heldOut("odd", odd, even, clusterings), heldOut("even", even, odd, clusterings)),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Returns the gold labels of the documents whose topic number has the given parity. */
  private static Map<String, String> fold(
      List<EcbPlusDocument> documents, Map<String, String> gold, int parity) {
    Map<String, String> fold = new HashMap<>();
    for (EcbPlusDocument document : documents) {
      if (document.topic() % 2 == parity) {
        String id = document.article().id().value();
        fold.put(id, gold.get(id));
      }
    }
    return fold;
  }

  /**
   * Chooses the threshold best on {@code tuning} and scores {@code scored} at it; the clustering
   * covers all documents, each fold is scored on its own documents only.
   */
  private static HeldOut heldOut(
      String name,
      Map<String, String> scored,
      Map<String, String> tuning,
      List<List<List<String>>> clusterings) {
    int best = 0;
    double bestF1 = -1;
    for (int t = 0; t < THRESHOLDS.length; t++) {
      double f1 = BCubed.score(restricted(clusterings.get(t), tuning.keySet()), tuning).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return new HeldOut(
        name,
        THRESHOLDS[best],
        BCubed.score(restricted(clusterings.get(best), scored.keySet()), scored));
  }

  private static List<List<String>> restricted(List<List<String>> clusters, Set<String> items) {
    List<List<String>> kept = new ArrayList<>();
    for (List<String> cluster : clusters) {
      List<String> inFold = cluster.stream().filter(items::contains).toList();
      if (!inFold.isEmpty()) {
        kept.add(inFold);
      }
    }
    return kept;
  }
}
