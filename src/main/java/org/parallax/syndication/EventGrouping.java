package org.parallax.syndication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.parallax.analysis.TextFigures;
import org.parallax.compare.HeadlineTopic;
import org.parallax.compare.KeyEntities;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.model.ShortText;
import org.parallax.syndication.pure.EventClusterer;
import org.parallax.syndication.pure.Link;
import org.parallax.workspace.JsonFiles;
import org.parallax.workspace.Workspace;

/**
 * Groups the articles of a workspace into same-event clusters.
 *
 * <p>Each article is linked to its related reports (distinctive words, shared names and closeness
 * in time, as {@link org.parallax.workspace.Library#related} ranks them, scores in [0, 1]); the
 * links are clustered by average linkage ({@link EventClusterer}). One related-reports query per
 * article, so the cost grows linearly with the workspace.
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
   * Longest time between two reports of one event. News of one happening is written within days;
   * beyond that, alike reports are a series (a weekly rig count, a daily money-market report, a
   * company's results and then its dividend) or a new happening of a developing story.
   */
  static final Duration SAME_EVENT_SPAN = Duration.ofDays(3);

  /**
   * Figures each report's text must give for sharing none to keep two reports unlinked: the
   * template test's own least ({@code TemplateTest}), so that one stray number says nothing.
   */
  static final int TEXT_FIGURES_TO_TELL = 2;

  /** Where {@link #group} saves the events, inside the workspace folder. */
  static final Path SAVED = Path.of("events", "events.json");

  /** Longest opening taken from an untitled report's text, in chars. */
  static final int HEADLINE_CHARS = 200;

  /** A figure in a title: digits with their decimal point, separators or fraction. */
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,/-]\\d+)*");

  /**
   * One event: its reports, earliest first (undated last).
   *
   * @param id the event's id: the id of its earliest report
   * @param headline the earliest report's title, or the opening of its text when it has none
   * @param reports the reports, earliest first
   */
  public record Event(String id, String headline, List<ReportRef> reports) {

    /** Copies the reports so the record stays immutable. */
    public Event {
      reports = List.copyOf(reports);
    }
  }

  /**
   * What keeps two reports out of one event, read once per report.
   *
   * @param centre the names its headline centres on
   * @param published when it was published, or null when unknown
   * @param figures the figures its title gives, as written without thousands separators
   * @param topic what its headline says happened, apart from the names
   * @param textFigures the figures its text gives, sorted ({@link TextFigures#of})
   */
  public record EventKeys(
      KeyEntities centre,
      Instant published,
      Set<String> figures,
      HeadlineTopic topic,
      String[] textFigures) {

    /** Copies the figures so the record stays immutable. */
    public EventKeys {
      figures = Set.copyOf(figures);
      textFigures = textFigures.clone();
    }

    /**
     * True when the two reports cannot tell of one event: their headlines centre on different
     * names, or name one and share no other word (a company's results and its dividend) or name
     * different months, their titles give figures and none in common (two issuers' bonds, two days'
     * money market), or they were published further apart than {@link #SAME_EVENT_SPAN}.
     */
    boolean apartFrom(EventKeys other) {
      if (centre != null && other.centre != null && centre.centresApartFrom(other.centre)) {
        return true;
      }
      if (topic != null && other.topic != null && topic.apartFrom(other.topic)) {
        return true;
      }
      if (!figures.isEmpty()
          && !other.figures.isEmpty()
          && Collections.disjoint(figures, other.figures)) {
        return true;
      }
      return published != null
          && other.published != null
          && Duration.between(published, other.published).abs().compareTo(SAME_EVENT_SPAN) > 0;
    }

    /**
     * True when the two reports are not to be linked: they are {@link #apartFrom apart}, or their
     * leads open on names the other mostly never uses. Two reports of one happening may still open
     * on different people, so leads only withhold the link; another report that both link to can
     * still bring them into one event.
     */
    boolean unlinkedFrom(EventKeys other) {
      return apartFrom(other)
          || (centre != null && other.centre != null && centre.leadsApartFrom(other.centre))
          || figuresApartFrom(other);
    }

    /**
     * True when each report gives at least {@link #TEXT_FIGURES_TO_TELL} figures and they share
     * none: two happenings of one subject (a company's gas find and its reserves, a country's
     * inflation and its growth) give different amounts, where reports of one happening repeat its
     * amounts.
     */
    private boolean figuresApartFrom(EventKeys other) {
      return textFigures.length >= TEXT_FIGURES_TO_TELL
          && other.textFigures.length >= TEXT_FIGURES_TO_TELL
          && !TextFigures.shareAny(textFigures, other.textFigures);
    }
  }

  /**
   * The links between articles and the articles they join.
   *
   * @param keys every article id
   * @param links related-report scores between some of them
   * @param centres what keeps each article out of an event, by id; two articles apart never share
   *     an event
   */
  public record Links(List<String> keys, List<Link> links, Map<String, EventKeys> centres) {

    /** Copies the collections so the record stays immutable. */
    public Links {
      keys = List.copyOf(keys);
      links = List.copyOf(links);
      centres = Map.copyOf(centres);
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
    List<Callable<List<SearchHit>>> queries = new ArrayList<>(ids.size());
    for (ArticleId id : ids) {
      queries.add(() -> workspace.index().relatedWithoutSnippets(id, NEIGHBOURS));
    }
    List<List<SearchHit>> related;
    try {
      related = EveryCore.run(queries, "link", progress, List::size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, EventKeys> centres = centres(workspace, ids, progress);
    List<String> keys = new ArrayList<>(ids.size());
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i).value();
      keys.add(id);
      addLinks(id, related.get(i), centres, links);
    }
    return new Links(keys, links, centres);
  }

  /**
   * Adds the links of one article to its related reports, leaving out those it cannot share an
   * event with; {@link IncrementalEvents} links new articles through here too.
   */
  static void addLinks(
      String id, List<SearchHit> related, Map<String, EventKeys> centres, List<Link> links) {
    EventKeys centre = centres.get(id);
    for (SearchHit hit : related) {
      EventKeys other = centres.get(hit.id().value());
      // One template, two companies (or places, or people), or two weeks' reports: two
      // stories, never one event.
      if (centre != null && other != null && centre.unlinkedFrom(other)) {
        continue;
      }
      links.add(new Link(id, hit.id().value(), Math.min(1.0, hit.score())));
    }
  }

  /**
   * Reads what keeps each report out of an event, keeping of each report's words only those that
   * can name a key read (exact here: the grouping compares these reports with each other only).
   */
  private static Map<String, EventKeys> centres(
      Workspace workspace, List<ArticleId> ids, ScanProgress progress) {
    return ReportCentres.narrowed(
        ReportCentres.read(workspace, ids, progress, workspace.boilerplate()));
  }

  /**
   * Clusters linked articles into events, largest first.
   *
   * @param links the links from {@link #links}
   * @param threshold the average link two groups need to merge
   */
  public static List<List<String>> cluster(Links links, double threshold) {
    Map<String, EventKeys> centres = links.centres();
    return new EventClusterer(threshold)
        .cluster(
            links.keys(),
            links.links(),
            (a, b) -> {
              EventKeys x = centres.get(a);
              EventKeys y = centres.get(b);
              return x != null && y != null && x.apartFrom(y);
            });
  }

  /**
   * Groups a workspace into events with at least two reports, largest first.
   *
   * @param workspace the open workspace
   * @param threshold the average link two groups need to merge
   * @param progress told after each article
   */
  public static List<Event> events(Workspace workspace, double threshold, ScanProgress progress) {
    return eventsOf(workspace, cluster(links(workspace, progress), threshold));
  }

  /**
   * Groups a workspace into events, saves them in {@code events/events.json} (replaced at once, so
   * a crash keeps the last grouping) and returns them with when and over how many articles.
   *
   * @param workspace the open workspace
   * @param threshold the average link two groups need to merge
   * @param progress told after each article
   * @throws IOException when the events cannot be saved
   */
  public static EventResults group(Workspace workspace, double threshold, ScanProgress progress)
      throws IOException {
    long start = System.nanoTime();
    Links links = links(workspace, progress);
    List<Event> events = eventsOf(workspace, cluster(links, threshold));
    EventResults results =
        new EventResults(
            Instant.now().toString(),
            links.keys().size(),
            threshold,
            (System.nanoTime() - start) / 1_000_000,
            events);
    JsonFiles.writeAtomically(workspace.folder().resolve(SAVED), results);
    // The links beside the events, so new articles can join them later without linking all again.
    EventLinkBase.saveFull(workspace, links.links(), results);
    return results;
  }

  /** Returns the events last saved in a workspace folder, if it has been grouped. */
  public static Optional<EventResults> load(Path workspaceFolder) throws IOException {
    return JsonFiles.read(workspaceFolder.resolve(SAVED), EventResults.class);
  }

  /**
   * Returns what names a report in a list: its title, else the opening of its first body paragraph
   * that reads as text (a leading date or time line does not), cut at a word near {@value
   * #HEADLINE_CHARS} chars.
   */
  public static String headline(Article article) {
    if (article.title() != null && !article.title().isBlank()) {
      return article.title().strip();
    }
    return ShortText.cut(article.opening(), HEADLINE_CHARS);
  }

  /** The figures a report's title gives ("1.9 BILLION", "24 MLN"), as written, commas dropped. */
  static Set<String> titleFigures(Article article) {
    if (article.title() == null) {
      return Set.of();
    }
    Set<String> figures = new HashSet<>();
    FIGURE.matcher(article.title()).results().forEach(m -> figures.add(m.group().replace(",", "")));
    return figures;
  }

  /** Turns clusters into events of two or more reports, keeping the clusters' order. */
  static List<Event> eventsOf(Workspace workspace, List<List<String>> clusters) {
    List<Event> events = new ArrayList<>();
    for (List<String> cluster : clusters) {
      if (cluster.size() < 2) {
        continue;
      }
      List<Article> reports = new ArrayList<>();
      for (String id : cluster) {
        workspace.article(new ArticleId(id)).ifPresent(reports::add);
      }
      reports.sort(EARLIEST_FIRST);
      if (reports.size() < 2) {
        continue;
      }
      Article earliest = reports.get(0);
      events.add(
          new Event(
              earliest.id().value(),
              headline(earliest),
              reports.stream().map(ReportRef::of).toList()));
    }
    return events;
  }

  /** Returns the event holding an article, if it is in one. */
  public static Optional<Event> eventOf(List<Event> events, String articleId) {
    return events.stream()
        .filter(e -> e.reports().stream().anyMatch(r -> r.id().equals(articleId)))
        .findFirst();
  }

  /**
   * Orders reports by publication, undated last, then by id: the reading order of an event, a scan
   * pair and a comparison (the earlier report on the left).
   */
  public static final Comparator<Article> EARLIEST_FIRST =
      Comparator.comparing(
              (Article a) -> a.published() == null ? null : a.published().approximateInstant(),
              Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(a -> a.id().value());
}
