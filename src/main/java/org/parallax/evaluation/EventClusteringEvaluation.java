package org.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.scan.BCubed;
import org.parallax.workspace.EventGrouping;
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
   * @param millis time to link and cluster at all thresholds
   */
  public record Result(int documents, int events, int links, List<Point> points, long millis) {

    /** Copies the points so the record stays immutable. */
    public Result {
      points = List.copyOf(points);
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
      for (double threshold : THRESHOLDS) {
        List<List<String>> clusters = EventGrouping.cluster(links, threshold);
        points.add(new Point(threshold, clusters.size(), BCubed.score(clusters, gold)));
      }
      return new Result(
          documents.size(),
          (int) gold.values().stream().distinct().count(),
          links.links().size(),
          points,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
