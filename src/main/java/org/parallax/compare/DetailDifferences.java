package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

/**
 * Finds the material details one side holds and the other lacks. A candidate detail is a run of
 * words only one side has (two content words or more, or a name or number), not explained by a
 * typed change. The claims are cut into gaps between the content words both share in the same
 * order; in a gap, one side's runs are material when they outweigh (by IDF) every word the other
 * side put in the same place by at least the material weight, so a rewording ("issued a statement
 * calling" for "describing") is no detail. A side's details are reported only where, over the whole
 * claim, its runs also outweigh the other side's by that much, so words that a rewording moved from
 * one place to another are not read as an omission here and an addition there. Runs that follow
 * each other with no shared or typed word between them are one detail.
 */
final class DetailDifferences {

  private DetailDifferences() {}

  static void find(ExplainedWords pair) {
    MarkedSide left = pair.left;
    MarkedSide right = pair.right;
    List<Detail> omitted = new ArrayList<>();
    List<Detail> added = new ArrayList<>();
    double leftTotal = 0;
    double rightTotal = 0;
    int previousLeft = 0;
    int previousRight = 0;
    List<int[]> anchors = contentAnchors(left.view, right.view);
    for (int k = 0; k <= anchors.size(); k++) {
      int nextLeft = k < anchors.size() ? anchors.get(k)[0] : left.view.words.size();
      int nextRight = k < anchors.size() ? anchors.get(k)[1] : right.view.words.size();
      List<Detail> l = Detail.runs(left, right.keys, previousLeft, nextLeft);
      List<Detail> r = Detail.runs(right, left.keys, previousRight, nextRight);
      leftTotal += Detail.total(l);
      rightTotal += Detail.total(r);
      if (Detail.total(l) - gapWeight(right, left, previousRight, nextRight)
          >= pair.materialWeight) {
        omitted.addAll(l);
      } else if (Detail.total(r) - gapWeight(left, right, previousLeft, nextLeft)
          >= pair.materialWeight) {
        added.addAll(r);
      }
      previousLeft = nextLeft + 1;
      previousRight = nextRight + 1;
    }
    if (leftTotal - rightTotal >= pair.materialWeight) {
      for (Detail detail : joined(left, right, omitted)) {
        pair.add(
            DifferenceType.OMISSION,
            DifferenceChange.DROPPED,
            left.view.textOfWords(detail.from(), detail.to()),
            "",
            null,
            wordsOf(detail),
            List.of());
      }
    }
    if (rightTotal - leftTotal >= pair.materialWeight) {
      for (Detail detail : joined(right, left, added)) {
        pair.add(
            DifferenceType.ADDITION,
            DifferenceChange.ADDED,
            "",
            right.view.textOfWords(detail.from(), detail.to()),
            null,
            List.of(),
            wordsOf(detail));
      }
    }
  }

  /**
   * Returns the words both sides share in the same order, content words only: "the" or "of" matched
   * across two different phrasings would cut one rewording into pieces that each look like a
   * detail.
   */
  private static List<int[]> contentAnchors(ClaimView left, ClaimView right) {
    List<int[]> anchors = new ArrayList<>();
    for (int[] anchor : WordDiffer.anchors(left, right)) {
      if (left.content[anchor[0]] && right.content[anchor[1]]) {
        anchors.add(anchor);
      }
    }
    return anchors;
  }

  /** Returns the summed weight of the words in {@code [from, to)} that only this side has. */
  private static double gapWeight(MarkedSide side, MarkedSide other, int from, int to) {
    double weight = 0;
    for (int i = from; i < to; i++) {
      String key = side.view.keys.get(i);
      if (side.view.content[i] && !side.isExplained(i) && !other.keys.contains(key)) {
        weight += side.view.contentWeights.get(key);
      }
    }
    return weight;
  }

  /** Joins details that follow each other with no shared or explained content word between. */
  private static List<Detail> joined(MarkedSide side, MarkedSide other, List<Detail> details) {
    List<Detail> result = new ArrayList<>();
    for (Detail detail : details) {
      int last = result.size() - 1;
      if (last >= 0 && nothingSharedBetween(side, other, result.get(last), detail)) {
        result.set(last, result.get(last).joinedWith(detail));
      } else {
        result.add(detail);
      }
    }
    return result;
  }

  private static boolean nothingSharedBetween(
      MarkedSide side, MarkedSide other, Detail first, Detail next) {
    for (int i = first.to() + 1; i < next.from(); i++) {
      if (side.view.content[i]
          && (side.isExplained(i) || other.keys.contains(side.view.keys.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the indices of the detail's words, the function words inside it included. */
  private static List<Integer> wordsOf(Detail detail) {
    List<Integer> words = new ArrayList<>();
    for (int i = detail.from(); i <= detail.to(); i++) {
      words.add(i);
    }
    return words;
  }
}
