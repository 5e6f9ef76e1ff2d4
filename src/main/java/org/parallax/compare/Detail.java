package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run of content words one side has and the other lacks, not explained by any typed change: an
 * omitted or added detail.
 *
 * @param text the words as written
 * @param weight their summed IDF
 */
record Detail(String text, double weight) {

  /** Gap of function words allowed inside one detail. */
  private static final int MAX_GAP = 2;

  /**
   * Returns the runs of words in {@code [from, to)} of {@code view} that the other side lacks and
   * no typed difference explains, with at least two content words or a name or number each.
   */
  static List<Detail> runs(
      ClaimView view, boolean[] explained, Set<String> otherKeys, int from, int to) {
    List<Detail> details = new ArrayList<>();
    int start = -1;
    int last = -1;
    double weight = 0;
    int contentWords = 0;
    boolean named = false;
    for (int i = from; i <= to; i++) {
      boolean candidate =
          i < to && view.content[i] && !explained[i] && !otherKeys.contains(view.keys.get(i));
      boolean closes = start >= 0 && (i == to || (candidate && i - last > MAX_GAP + 1));
      if (closes) {
        if (contentWords >= 2 || named) {
          details.add(new Detail(view.textOfWords(start, last), weight));
        }
        start = -1;
      }
      if (candidate) {
        if (start < 0) {
          start = i;
          weight = 0;
          contentWords = 0;
          named = false;
        }
        last = i;
        weight += view.contentWeights.get(view.keys.get(i));
        contentWords++;
        String pos = view.words.get(i).pos();
        named |= "PROPN".equals(pos) || "NUM".equals(pos);
      }
    }
    return details;
  }

  /** Returns the summed weight of details. */
  static double total(List<Detail> details) {
    double sum = 0;
    for (Detail d : details) {
      sum += d.weight;
    }
    return sum;
  }
}
