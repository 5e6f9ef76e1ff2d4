package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;

/**
 * The shared record of a pair of claims the difference finders work over: both sides with the words
 * already explained, and the differences found so far. Finders run in a fixed order, so an earlier
 * type (a replaced name) keeps its words from a later one (an omitted and an added detail).
 */
final class ExplainedWords {

  final MarkedSide left;
  final MarkedSide right;

  /** The least IDF weight of words on one side only that counts as a material detail. */
  final double materialWeight;

  /** Set when a contrary word makes up for a change of negation: "did not rise", "fell". */
  boolean negationAnswered;

  private final List<Difference> found = new ArrayList<>();

  ExplainedWords(ClaimView left, ClaimView right, double materialWeight) {
    this.left = new MarkedSide(left);
    this.right = new MarkedSide(right);
    this.materialWeight = materialWeight;
  }

  /** Returns the other side of the pair. */
  MarkedSide other(MarkedSide side) {
    return side == left ? right : left;
  }

  /** Records a difference and the words it explains on each side (already marked). */
  void add(
      DifferenceType type,
      DifferenceChange change,
      String leftValue,
      String rightValue,
      String subject,
      List<Integer> leftWords,
      List<Integer> rightWords) {
    found.add(
        new Difference(
            type,
            change,
            leftValue,
            rightValue,
            subject,
            left.spansOf(leftWords),
            right.spansOf(rightWords)));
  }

  /** Records a difference whose side follows from which value is empty. */
  void add(
      DifferenceType type,
      String leftValue,
      String rightValue,
      List<Integer> leftWords,
      List<Integer> rightWords) {
    add(type, changeOf(leftValue, rightValue), leftValue, rightValue, null, leftWords, rightWords);
  }

  /** Records one mention replaced by another (a name, a title), explaining both. */
  void replaced(DifferenceType type, Mention left, Mention right) {
    add(
        type,
        DifferenceChange.CHANGED,
        left.text(),
        right.text(),
        null,
        this.left.explain(left),
        this.right.explain(right));
  }

  List<Difference> found() {
    return List.copyOf(found);
  }

  static DifferenceChange changeOf(String leftValue, String rightValue) {
    if (rightValue.isEmpty()) {
      return DifferenceChange.DROPPED;
    }
    return leftValue.isEmpty() ? DifferenceChange.ADDED : DifferenceChange.CHANGED;
  }
}
