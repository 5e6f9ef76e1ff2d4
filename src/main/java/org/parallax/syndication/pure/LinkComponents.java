package org.parallax.syndication.pure;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports that strong links join, where {@link EventClusterer} can merge.
 *
 * <p>The clusterer merges two groups only along a link at or above its threshold, and averages only
 * over the links between the two groups; so the reports that such links join, directly or through
 * others (a component), are clustered as they would be alone. This is what lets a few changed
 * reports be clustered again with their components only.
 */
public final class LinkComponents {

  private LinkComponents() {}

  /** Each report's strong neighbours, in either direction of a link. */
  public static final class Neighbours {

    private final Map<String, Set<String>> byReport;

    private Neighbours(Map<String, Set<String>> byReport) {
      this.byReport = byReport;
    }

    /** Returns the reports joined to one by a strong link; empty when none. */
    public Set<String> of(String report) {
      return byReport.getOrDefault(report, Set.of());
    }
  }

  /**
   * Returns each report's neighbours along links at or above a threshold.
   *
   * @param links the links, in any direction
   * @param threshold the weight a link needs to count, as the clusterer's threshold
   */
  public static Neighbours strong(Collection<Link> links, double threshold) {
    Map<String, Set<String>> byReport = new HashMap<>();
    for (Link link : links) {
      if (link.weight() >= threshold && !link.a().equals(link.b())) {
        byReport.computeIfAbsent(link.a(), k -> new HashSet<>()).add(link.b());
        byReport.computeIfAbsent(link.b(), k -> new HashSet<>()).add(link.a());
      }
    }
    return new Neighbours(byReport);
  }

  /**
   * Returns the seeds and every report joined to one of them through strong links of any of the
   * graphs (the links before a change and after it): the reports whose clusters the change can
   * alter.
   *
   * @param seeds the reports whose links changed
   * @param graphs the strong neighbours of each link set
   */
  public static Set<String> reach(Collection<String> seeds, Neighbours... graphs) {
    Set<String> reached = new HashSet<>(seeds);
    Deque<String> next = new ArrayDeque<>(seeds);
    List<Neighbours> all = List.of(graphs);
    while (!next.isEmpty()) {
      String report = next.pop();
      for (Neighbours graph : all) {
        for (String neighbour : graph.of(report)) {
          if (reached.add(neighbour)) {
            next.push(neighbour);
          }
        }
      }
    }
    return reached;
  }
}
