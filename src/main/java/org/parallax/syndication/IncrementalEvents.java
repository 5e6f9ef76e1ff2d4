package org.parallax.syndication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.syndication.pure.Link;
import org.parallax.syndication.pure.LinkComponents;
import org.parallax.workspace.JsonFiles;
import org.parallax.workspace.Workspace;

/**
 * Lets new, replaced and deleted articles join the saved events without linking every article
 * again: the grouping {@link EventGrouping#group} would give on the same links, at the cost of the
 * changed articles' related-report queries.
 *
 * <p>Why it is exact: average linkage only ever merges two groups along a link that reaches the
 * threshold, so the reports joined by such links (a component) are clustered without regard to any
 * other report. Only the components a change touches, before or after it, are clustered again;
 * every other event is kept as saved. The links that change are those of the changed articles and,
 * because a related-reports list is ranked per article, those of the old articles strongly linked
 * to a changed one (a new report may enter their best related reports, a deleted one leaves them):
 * these are asked again.
 *
 * <p>What it does not redo: the other old articles' links keep the scores of the library they were
 * linked in, while a full grouping re-scores them against the grown library (word frequencies and
 * so the related-reports scores move a little with every report). That drift is why a full grouping
 * runs again once the changes since the last full one pass {@link #DRIFT_LIMIT} of the library.
 */
public final class IncrementalEvents {

  /**
   * Share of the library that may be added, replaced or deleted since the last full grouping before
   * {@code parallax events} links every article again.
   */
  public static final double DRIFT_LIMIT = 0.1;

  private IncrementalEvents() {}

  /**
   * Groups a workspace into events, saved as {@link EventGrouping#group} saves them: by updating
   * the saved grouping when it was made at this threshold and the library has changed by no more
   * than {@link #DRIFT_LIMIT} since the last full grouping, else by a full grouping.
   *
   * @param workspace the open workspace, for writing
   * @param threshold the average link two groups need to merge
   * @param progress told after each related-reports query
   * @throws IOException when the events cannot be read or saved
   */
  public static EventResults regroup(Workspace workspace, double threshold, ScanProgress progress)
      throws IOException {
    Optional<EventResults> updated = update(workspace, threshold, DRIFT_LIMIT, progress);
    return updated.isPresent()
        ? updated.get()
        : EventGrouping.group(workspace, threshold, progress);
  }

  /**
   * Updates the saved events with the articles added, replaced or deleted since, at the threshold
   * they were grouped at; see {@link #update(Workspace, double, double, ScanProgress)}.
   */
  public static Optional<EventResults> update(
      Workspace workspace, double driftLimit, ScanProgress progress) throws IOException {
    return update(workspace, Double.NaN, driftLimit, progress);
  }

  /**
   * Updates the saved events with the articles added, replaced or deleted since they were saved,
   * and saves the result; empty when there is nothing to update from (the workspace was never
   * grouped, the saved links do not belong to the saved events, or they were grouped at another
   * threshold) or the changes since the last full grouping pass {@code driftLimit} of the library:
   * then a full grouping is due.
   *
   * @param workspace the open workspace, for writing
   * @param threshold the threshold asked for, or NaN for the saved grouping's
   * @param driftLimit share of the library that may change since the last full grouping (1 or more
   *     for no limit)
   * @param progress told after each related-reports query (stage {@code link})
   * @throws IOException when the saved events cannot be read or the new ones saved
   */
  public static Optional<EventResults> update(
      Workspace workspace, double threshold, double driftLimit, ScanProgress progress)
      throws IOException {
    long start = System.nanoTime();
    Optional<EventResults> saved = EventGrouping.load(workspace.folder());
    Optional<EventLinkBase> base = EventLinkBase.load(workspace.folder());
    if (saved.isEmpty()
        || base.isEmpty()
        || !base.get().groupedAt().equals(saved.get().groupedAt())
        || (!Double.isNaN(threshold) && threshold != base.get().threshold())) {
      return Optional.empty();
    }
    Map<String, Integer> before = base.get().versionsById();
    Map<String, Integer> now = EventLinkBase.currentVersions(workspace);
    Set<String> changed = new TreeSet<>();
    now.forEach(
        (id, version) -> {
          if (!Objects.equals(before.get(id), version)) {
            changed.add(id);
          }
        });
    Set<String> removed = new TreeSet<>(before.keySet());
    removed.removeAll(now.keySet());
    if (changed.isEmpty() && removed.isEmpty()) {
      return saved;
    }
    int changedSinceFull = base.get().changedSinceFull() + changed.size() + removed.size();
    if (changedSinceFull > driftLimit * Math.max(1, base.get().fullArticles())) {
      return Optional.empty();
    }
    Update update = new Update(workspace, base.get().threshold(), base.get().linkList(), progress);
    List<EventGrouping.Event> events =
        update.apply(changed, removed, now.keySet(), saved.get().events());
    EventResults results =
        new EventResults(
            Instant.now().toString(),
            now.size(),
            base.get().threshold(),
            (System.nanoTime() - start) / 1_000_000,
            events);
    // Events first: a crash before the links are saved leaves times that differ, and the next
    // update then asks for a full grouping rather than trusting links of another grouping.
    JsonFiles.writeAtomically(workspace.folder().resolve(EventGrouping.SAVED), results);
    EventLinkBase.save(
        workspace.folder(),
        update.links,
        results,
        now,
        base.get().fullArticles(),
        changedSinceFull);
    return Optional.of(results);
  }

  /** One update: the links as they become, and the keys read for it. */
  private static final class Update {

    private final Workspace workspace;
    private final double threshold;
    private final ScanProgress progress;
    private final Map<String, EventGrouping.EventKeys> keys = new HashMap<>();
    private List<Link> links;

    Update(Workspace workspace, double threshold, List<Link> links, ScanProgress progress) {
      this.workspace = workspace;
      this.threshold = threshold;
      this.links = links;
      this.progress = progress;
    }

    List<EventGrouping.Event> apply(
        Set<String> changed,
        Set<String> removed,
        Set<String> current,
        List<EventGrouping.Event> savedEvents) {
      List<Link> oldLinks = links;
      LinkComponents.Neighbours oldStrong = LinkComponents.strong(oldLinks, threshold);
      Set<String> gone = new HashSet<>(changed);
      gone.addAll(removed);
      // Old articles strongly linked to a replaced or deleted one: their lists named it.
      Set<String> asked = new TreeSet<>(changed);
      for (String id : gone) {
        oldStrong.of(id).stream().filter(current::contains).forEach(asked::add);
      }
      Map<String, List<Link>> relinked = relink(asked);
      // Old articles a changed one now links to strongly: the new report may enter their lists.
      Set<String> echoes = new TreeSet<>();
      for (String id : changed) {
        for (Link link : relinked.getOrDefault(id, List.of())) {
          if (link.weight() >= threshold && !asked.contains(link.b())) {
            echoes.add(link.b());
          }
        }
      }
      relinked.putAll(relink(echoes));
      asked.addAll(echoes);

      List<Link> newLinks = new ArrayList<>(oldLinks.size());
      for (Link link : oldLinks) {
        if (!asked.contains(link.a())
            && !removed.contains(link.a())
            && !removed.contains(link.b())) {
          newLinks.add(link);
        }
      }
      relinked.values().forEach(newLinks::addAll);
      links = newLinks;

      Set<String> seeds = new HashSet<>(asked);
      seeds.addAll(removed);
      Set<String> touched =
          LinkComponents.reach(seeds, oldStrong, LinkComponents.strong(newLinks, threshold));
      return regroup(touched, current, savedEvents);
    }

    /** Clusters the touched articles again and keeps every saved event outside them. */
    private List<EventGrouping.Event> regroup(
        Set<String> touched, Set<String> current, List<EventGrouping.Event> savedEvents) {
      List<String> members = touched.stream().filter(current::contains).sorted().toList();
      List<Link> among = links.stream().filter(l -> touched.contains(l.a())).toList();
      Map<String, EventGrouping.EventKeys> centres = keysOf(members);
      List<List<String>> clusters =
          EventGrouping.cluster(new EventGrouping.Links(members, among, centres), threshold);
      List<EventGrouping.Event> events =
          new ArrayList<>(EventGrouping.eventsOf(workspace, clusters));
      for (EventGrouping.Event event : savedEvents) {
        if (event.reports().stream().noneMatch(r -> touched.contains(r.id()))) {
          events.add(event);
        }
      }
      // The order a full grouping gives: largest first, then by the smallest id in each.
      events.sort(
          Comparator.comparingInt((EventGrouping.Event e) -> e.reports().size())
              .reversed()
              .thenComparing(IncrementalEvents::smallestId));
      return events;
    }

    /** Asks the related reports of articles again and links them as a full grouping would. */
    private Map<String, List<Link>> relink(Set<String> ids) {
      if (ids.isEmpty()) {
        return new HashMap<>();
      }
      List<String> order = List.copyOf(ids);
      List<Callable<List<SearchHit>>> queries = new ArrayList<>(order.size());
      for (String id : order) {
        queries.add(
            () ->
                workspace
                    .index()
                    .relatedWithoutSnippets(new ArticleId(id), EventGrouping.NEIGHBOURS));
      }
      List<List<SearchHit>> related;
      try {
        related = EveryCore.run(queries, "link", progress, List::size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Set<String> needed = new TreeSet<>(order);
      related.forEach(hits -> hits.forEach(hit -> needed.add(hit.id().value())));
      Map<String, EventGrouping.EventKeys> centres = keysOf(needed);
      Map<String, List<Link>> relinked = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        List<Link> own = new ArrayList<>();
        EventGrouping.addLinks(order.get(i), related.get(i), centres, own);
        relinked.put(order.get(i), own);
      }
      return relinked;
    }

    /** Returns what keeps reports apart, reading each report at most once per update. */
    private Map<String, EventGrouping.EventKeys> keysOf(Iterable<String> ids) {
      List<ArticleId> unread = new ArrayList<>();
      for (String id : ids) {
        if (!keys.containsKey(id)) {
          unread.add(new ArticleId(id));
        }
      }
      if (!unread.isEmpty()) {
        keys.putAll(
            ReportCentres.read(
                workspace,
                unread,
                progress,
                workspace.boilerplate(SyndicationScan.BOILERPLATE_TOLERANCE)));
        // An id read and not found (deleted meanwhile) is not read again.
        unread.forEach(id -> keys.putIfAbsent(id.value(), null));
      }
      Map<String, EventGrouping.EventKeys> asked = new HashMap<>();
      for (String id : ids) {
        if (keys.get(id) != null) {
          asked.put(id, keys.get(id));
        }
      }
      return asked;
    }
  }

  private static String smallestId(EventGrouping.Event event) {
    return event.reports().stream().map(ReportRef::id).min(Comparator.naturalOrder()).orElse("");
  }
}
