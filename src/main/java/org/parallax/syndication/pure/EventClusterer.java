package org.parallax.syndication.pure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Groups reports into same-event clusters from sparse pairwise links (average linkage).
 *
 * <p>Links are taken strongest first; two groups merge when the average link over all their cross
 * pairs, counting missing links as 0, reaches the threshold. Averaging over all pairs, not the
 * single strongest one, stops chains of loosely related reports from collapsing into one event.
 * Deterministic: ties are broken by key.
 */
public final class EventClusterer {

  private final double threshold;

  /**
   * Creates a clusterer.
   *
   * @param threshold the average link two groups need to merge, in (0, 1]
   */
  public EventClusterer(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Returns the clusters of {@code keys}: every key in exactly one, largest first, keys sorted.
   *
   * @param keys every report to cluster, linked or not
   * @param links similarities between some of them; others count as 0
   */
  public List<List<String>> cluster(List<String> keys, List<Link> links) {
    return cluster(keys, links, (a, b) -> false);
  }

  /**
   * Returns the clusters of {@code keys} where no cluster holds two keys that must stay apart (two
   * companies' stories in one template, however alike their words).
   *
   * @param keys every report to cluster, linked or not
   * @param links similarities between some of them; others count as 0
   * @param apart true for two keys that may never share a cluster
   */
  public List<List<String>> cluster(
      List<String> keys, List<Link> links, BiPredicate<String, String> apart) {
    Map<String, Integer> groupOf = new HashMap<>();
    Map<Integer, TreeSet<String>> members = new LinkedHashMap<>();
    for (String key : new TreeSet<>(keys)) {
      int group = members.size();
      groupOf.put(key, group);
      members.put(group, new TreeSet<>(List.of(key)));
    }
    Map<String, Map<String, Double>> weights = new HashMap<>();
    for (Link link : links) {
      if (groupOf.containsKey(link.a()) && groupOf.containsKey(link.b())) {
        weights
            .computeIfAbsent(link.a(), k -> new HashMap<>())
            .merge(link.b(), link.weight(), Math::max);
        weights
            .computeIfAbsent(link.b(), k -> new HashMap<>())
            .merge(link.a(), link.weight(), Math::max);
      }
    }
    List<Link> strongestFirst = new ArrayList<>(links);
    strongestFirst.sort(
        Comparator.comparingDouble(Link::weight)
            .reversed()
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    for (Link link : strongestFirst) {
      Integer groupA = groupOf.get(link.a());
      Integer groupB = groupOf.get(link.b());
      if (groupA == null || groupB == null || groupA.equals(groupB) || link.weight() < threshold) {
        continue;
      }
      TreeSet<String> first = members.get(groupA);
      TreeSet<String> second = members.get(groupB);
      if (averageLink(first, second, weights) >= threshold && !anyApart(first, second, apart)) {
        first.addAll(second);
        second.forEach(key -> groupOf.put(key, groupA));
        members.remove(groupB);
      }
    }
    List<List<String>> clusters = new ArrayList<>();
    members.values().forEach(group -> clusters.add(List.copyOf(group)));
    clusters.sort(
        Comparator.comparingInt((List<String> c) -> c.size())
            .reversed()
            .thenComparing(c -> c.get(0)));
    return clusters;
  }

  private static boolean anyApart(
      TreeSet<String> first, TreeSet<String> second, BiPredicate<String, String> apart) {
    for (String a : first) {
      for (String b : second) {
        if (apart.test(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double averageLink(
      TreeSet<String> first, TreeSet<String> second, Map<String, Map<String, Double>> weights) {
    double sum = 0;
    for (String a : first) {
      Map<String, Double> fromA = weights.getOrDefault(a, Map.of());
      for (String b : second) {
        sum += fromA.getOrDefault(b, 0.0);
      }
    }
    return sum / ((double) first.size() * second.size());
  }
}
