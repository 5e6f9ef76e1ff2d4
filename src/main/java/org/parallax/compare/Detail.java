package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run of content words one side has and the other lacks, not explained by any typed change: a
 * candidate omitted or added detail.
 *
 * @param from index of its first word in the claim
 * @param to index of its last word in the claim, inclusive
 * @param weight the summed IDF of its content words
 * @param named whether it holds a proper noun or a number
 */
record Detail(int from, int to, double weight, boolean named) {

  /** Gap of function words allowed inside one detail. */
  private static final int MAX_GAP = 2;

  /**
   * Returns the runs of words in {@code [from, to)} of {@code side} that the other side lacks and
   * no typed difference explains, with at least two content words or a name or number each.
   */
  static List<Detail> runs(MarkedSide side, Set<String> otherKeys, int from, int to) {
    ClaimView view = side.view;
    List<Detail> details = new ArrayList<>();
    int start = -1;
    int last = -1;
    double weight = 0;
    int contentWords = 0;
    boolean named = false;
    for (int i = from; i <= to; i++) {
      boolean candidate =
          i < to
              && view.content[i]
              && !side.isExplained(i)
              && !otherKeys.contains(view.keys.get(i));
      boolean closes = start >= 0 && (i == to || (candidate && i - last > MAX_GAP + 1));
      if (closes) {
        if (contentWords >= 2 || named) {
          details.add(new Detail(start, last, weight, named));
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
        named |=
            "PROPN".equals(pos) || "NUM".equals(pos) || Lexicon.TEMPORAL.contains(view.keys.get(i));
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

  /** Returns this detail stretched to the end of {@code next}, which follows it. */
  Detail joinedWith(Detail next) {
    return new Detail(from, next.to, weight + next.weight, named || next.named);
  }
}
