package org.parallax.syndication.pure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998).
 *
 * <p>For each item, precision is the share of its cluster that shares its gold class, recall the
 * share of its gold class that shares its cluster; both are averaged over items.
 *
 * @param precision average per-item precision in [0, 1]
 * @param recall average per-item recall in [0, 1]
 * @param f1 harmonic mean of the two
 */
public record BCubed(double precision, double recall, double f1) {

  /**
   * Scores {@code clusters} against {@code gold}.
   *
   * @param clusters the system's clusters; every item of {@code gold} must be in one of them
   * @param gold each item's gold class
   */
  public static BCubed score(List<List<String>> clusters, Map<String, String> gold) {
    Map<String, Integer> clusterOf = new HashMap<>();
    Map<Integer, Map<String, Integer>> classCountsInCluster = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (String item : clusters.get(c)) {
        clusterOf.put(item, c);
        classCountsInCluster
            .computeIfAbsent(c, k -> new HashMap<>())
            .merge(gold.get(item), 1, Integer::sum);
      }
    }
    Map<String, Integer> classSizes = new HashMap<>();
    gold.values().forEach(g -> classSizes.merge(g, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> item : gold.entrySet()) {
      Integer cluster = clusterOf.get(item.getKey());
      if (cluster == null) {
        throw new IllegalArgumentException(item.getKey() + " is in no cluster");
      }
      int same = classCountsInCluster.get(cluster).get(item.getValue());
      precision += (double) same / clusters.get(cluster).size();
      recall += (double) same / classSizes.get(item.getValue());
    }
    precision /= gold.size();
    recall /= gold.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
  }
}
