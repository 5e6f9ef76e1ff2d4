package org.parallax.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.scan.EventClusterer;
import org.parallax.scan.Link;

/**
 * Groups the articles of a workspace into same-event clusters.
 *
 * <p>Each article is linked to its related reports (distinctive words, shared names and closeness
 * in time, as {@link Library#related} ranks them, scores in [0, 1]); the links are clustered by
 * average linkage ({@link EventClusterer}). One related-reports query per article, so the cost
 * grows linearly with the workspace.
 */
public final class EventGrouping {

  /**
   * The average link two groups need to merge, chosen on ECB+ (docs/evaluation.md) and so measured
   * there in-sample.
   */
  public static final double DEFAULT_THRESHOLD = 0.3;

  /** Related reports asked per article. */
  static final int NEIGHBOURS = 20;

  /**
   * One event: its reports, earliest first (undated last).
   *
   * @param id the event's id: the id of its earliest report
   * @param reports the reports, earliest first
   */
  public record Event(String id, List<ReportRef> reports) {

    /** Copies the reports so the record stays immutable. */
    public Event {
      reports = List.copyOf(reports);
    }
  }

  /**
   * The links between articles and the articles they join.
   *
   * @param keys every article id
   * @param links related-report scores between some of them
   */
  public record Links(List<String> keys, List<Link> links) {

    /** Copies the lists so the record stays immutable. */
    public Links {
      keys = List.copyOf(keys);
      links = List.copyOf(links);
    }
  }

  private EventGrouping() {}

  /**
   * Links every current article to its related reports.
   *
   * @param workspace the open workspace
   * @param progress told after each article (stage {@code link}, pairs = links so far)
   */
  public static Links links(Workspace workspace, ScanProgress progress) {
    List<ArticleId> ids = workspace.index().currentIds(null);
    List<String> keys = new ArrayList<>(ids.size());
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      ArticleId id = ids.get(i);
      keys.add(id.value());
      for (SearchHit hit : workspace.related(id, NEIGHBOURS)) {
        links.add(new Link(id.value(), hit.id().value(), Math.min(1.0, hit.score())));
      }
      progress.update("link", i + 1, ids.size(), links.size());
    }
    return new Links(keys, links);
  }

  /**
   * Clusters linked articles into events, largest first.
   *
   * @param links the links from {@link #links}
   * @param threshold the average link two groups need to merge
   */
  public static List<List<String>> cluster(Links links, double threshold) {
    return new EventClusterer(threshold).cluster(links.keys(), links.links());
  }

  /**
   * Groups a workspace into events with at least two reports, largest first.
   *
   * @param workspace the open workspace
   * @param threshold the average link two groups need to merge
   * @param progress told after each article
   */
  public static List<Event> events(Workspace workspace, double threshold, ScanProgress progress) {
    List<Event> events = new ArrayList<>();
    for (List<String> cluster : cluster(links(workspace, progress), threshold)) {
      if (cluster.size() < 2) {
        continue;
      }
      List<Article> reports = new ArrayList<>();
      for (String id : cluster) {
        workspace.article(new ArticleId(id)).ifPresent(reports::add);
      }
      reports.sort(EARLIEST_FIRST);
      events.add(
          new Event(reports.get(0).id().value(), reports.stream().map(ReportRef::of).toList()));
    }
    return events;
  }

  /** Returns the event holding an article, if it is in one. */
  public static Optional<Event> eventOf(List<Event> events, String articleId) {
    return events.stream()
        .filter(e -> e.reports().stream().anyMatch(r -> r.id().equals(articleId)))
        .findFirst();
  }

  /** Orders reports by publication, undated last, then by id. */
  static final Comparator<Article> EARLIEST_FIRST =
      Comparator.comparing(
              (Article a) -> a.published() == null ? null : a.published().approximateInstant(),
              Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(a -> a.id().value());
}
