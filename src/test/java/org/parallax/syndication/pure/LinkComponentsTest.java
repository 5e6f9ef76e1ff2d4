package org.parallax.syndication.pure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Clustering again only the components a change touches gives the clusters of clustering
 * everything: the property incremental events rest on, over seeded random link sets.
 */
class LinkComponentsTest {

  /** Replay a failing run with {@code -Dparallax.test.seed=N}. */
  private static final long SEED = Long.getLong("parallax.test.seed", 16_20261203L);

  private static final double THRESHOLD = 0.3;

  @Test
  void reclusteringTheTouchedComponentsEqualsClusteringEverything() {
    Random random = new Random(SEED);
    for (int trial = 0; trial < 300; trial++) {
      int size = 5 + random.nextInt(40);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        keys.add(String.format(Locale.ROOT, "r%03d", i));
      }
      // Some reports may never share a cluster, as two companies' stories in one template.
      Set<String> apartPairs = new HashSet<>();
      for (int i = 0; i < size; i++) {
        if (random.nextInt(10) == 0) {
          apartPairs.add(pair(keys.get(i), keys.get(random.nextInt(size))));
        }
      }
      BiPredicate<String, String> apart = (a, b) -> apartPairs.contains(pair(a, b));
      List<Link> before = new ArrayList<>();
      keys.forEach(key -> before.addAll(linksOf(key, keys, random)));
      EventClusterer clusterer = new EventClusterer(THRESHOLD);
      List<List<String>> saved = clusterer.cluster(keys, before, apart);

      Set<String> changed = new HashSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        changed.add(keys.get(random.nextInt(size)));
      }
      List<Link> after = new ArrayList<>();
      before.stream().filter(l -> !changed.contains(l.a())).forEach(after::add);
      changed.forEach(key -> after.addAll(linksOf(key, keys, random)));

      Set<String> touched =
          LinkComponents.reach(
              changed,
              LinkComponents.strong(before, THRESHOLD),
              LinkComponents.strong(after, THRESHOLD));
      List<List<String>> incremental =
          new ArrayList<>(
              clusterer.cluster(keys.stream().filter(touched::contains).toList(), after, apart));
      saved.stream()
          .filter(cluster -> cluster.stream().noneMatch(touched::contains))
          .forEach(incremental::add);
      incremental.sort(
          Comparator.comparingInt((List<String> c) -> c.size())
              .reversed()
              .thenComparing(c -> c.get(0)));

      assertThat(incremental)
          .as("trial %d of seed %d", trial, SEED)
          .isEqualTo(clusterer.cluster(keys, after, apart));
    }
  }

  @Test
  void reachFollowsStrongLinksOfEitherGraphOnly() {
    LinkComponents.Neighbours before =
        LinkComponents.strong(List.of(new Link("a", "b", 0.5), new Link("c", "d", 0.9)), THRESHOLD);
    LinkComponents.Neighbours after =
        LinkComponents.strong(List.of(new Link("b", "c", 0.4), new Link("d", "e", 0.1)), THRESHOLD);

    assertThat(LinkComponents.reach(List.of("a"), before, after))
        .containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(LinkComponents.reach(List.of("e"), before, after)).containsExactly("e");
  }

  /** A report's links to a few others, most weak, some over the threshold. */
  private static List<Link> linksOf(String key, List<String> keys, Random random) {
    List<Link> links = new ArrayList<>();
    for (int n = random.nextInt(5); n > 0; n--) {
      String other = keys.get(random.nextInt(keys.size()));
      if (!other.equals(key)) {
        links.add(new Link(key, other, random.nextInt(100) / 100.0));
      }
    }
    return links;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
