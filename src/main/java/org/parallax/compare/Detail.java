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

  /** Returns the material details of {@code view} the other side lacks, in reading order. */
  static List<Detail> find(
      ClaimView view, boolean[] explained, Set<String> otherKeys, double materialWeight) {
    List<Detail> details = new ArrayList<>();
    int start = -1;
    int last = -1;
    double weight = 0;
    int contentWords = 0;
    boolean named = false;
    for (int i = 0; i <= view.words.size(); i++) {
      boolean candidate =
          i < view.words.size()
              && view.content[i]
              && !explained[i]
              && !otherKeys.contains(view.keys.get(i));
      if (candidate && start >= 0 && i - last > MAX_GAP + 1) {
        addIfMaterial(details, view, start, last, weight, contentWords, named, materialWeight);
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
      } else if (i == view.words.size() && start >= 0) {
        addIfMaterial(details, view, start, last, weight, contentWords, named, materialWeight);
      }
    }
    return details;
  }

  private static void addIfMaterial(
      List<Detail> details,
      ClaimView view,
      int start,
      int last,
      double weight,
      int contentWords,
      boolean named,
      double materialWeight) {
    if (weight >= materialWeight && (contentWords >= 2 || named)) {
      details.add(new Detail(view.textOfWords(start, last), weight));
    }
  }
}
