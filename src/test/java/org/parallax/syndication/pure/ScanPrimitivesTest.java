package org.parallax.syndication.pure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanPrimitivesTest {

  private static final String WIRE =
      "The central bank raised its main interest rate by half a percentage point on Thursday,"
          + " citing stubborn inflation in housing and food prices, and signalled that further"
          + " increases were likely before the end of the year as wage growth stayed strong.";

  @Test
  void copiedPassageKeepsMostFingerprints() {
    String rewrite =
        "In a widely expected move, " + WIRE.substring(4) + " Markets barely moved on the news.";
    List<String> wire = Fingerprints.of(WIRE);
    assertThat(wire).isNotEmpty();
    assertThat(Fingerprints.containment(wire, Fingerprints.of(rewrite))).isGreaterThan(0.8);
  }

  @Test
  void unrelatedTextSharesNoFingerprints() {
    String other =
        "Heavy rain flooded the northern valley overnight, forcing two thousand residents from"
            + " their homes and closing the main highway to the coast until further notice.";
    assertThat(Fingerprints.containment(Fingerprints.of(WIRE), Fingerprints.of(other))).isZero();
  }

  @Test
  void fingerprintsIgnoreCaseAndPunctuation() {
    assertThat(Fingerprints.of(WIRE.toUpperCase(java.util.Locale.ROOT).replace(",", " ;")))
        .isEqualTo(Fingerprints.of(WIRE));
  }

  @Test
  void clustersStronglyLinkedReportsAndResistsChaining() {
    List<Link> links =
        List.of(
            new Link("a1", "a2", 0.9),
            new Link("a2", "a3", 0.8),
            new Link("a1", "a3", 0.85),
            new Link("a3", "b1", 0.5),
            new Link("b1", "b2", 0.9));
    List<List<String>> clusters =
        new EventClusterer(0.4).cluster(List.of("a1", "a2", "a3", "b1", "b2", "c1"), links);
    assertThat(clusters)
        .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"));
  }

  @Test
  void clusteringDoesNotDependOnInputOrder() {
    long seed = 42L;
    System.err.println("clusteringDoesNotDependOnInputOrder seed " + seed);
    Random random = new Random(seed);
    List<String> keys = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add("k" + i);
    }
    for (int i = 0; i < 120; i++) {
      links.add(
          new Link(
              "k" + random.nextInt(40),
              "k" + random.nextInt(40),
              Math.round(random.nextDouble() * 100) / 100.0));
    }
    EventClusterer clusterer = new EventClusterer(0.5);
    List<List<String>> expected = clusterer.cluster(keys, links);
    Collections.shuffle(keys, random);
    Collections.shuffle(links, random);
    assertThat(clusterer.cluster(keys, links)).isEqualTo(expected);
  }

  @Test
  void bcubedIsPerfectForGoldAndPenalisesMerging() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    assertThat(BCubed.score(List.of(List.of("a", "b"), List.of("c")), gold).f1()).isEqualTo(1.0);
    BCubed merged = BCubed.score(List.of(List.of("a", "b", "c")), gold);
    assertThat(merged.recall()).isEqualTo(1.0);
    assertThat(merged.precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, within(1e-9));
  }
}
