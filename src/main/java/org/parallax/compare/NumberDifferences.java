package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;

/** Finds quantities one claim states and the other does not, reported as one change. */
final class NumberDifferences {

  private NumberDifferences() {}

  static void find(ExplainedWords pair) {
    List<Mention> leftOnly = MentionMatching.unmatchedNumbers(pair.left.view, pair.right.view);
    List<Mention> rightOnly = MentionMatching.unmatchedNumbers(pair.right.view, pair.left.view);
    if (leftOnly.isEmpty() && rightOnly.isEmpty()) {
      return;
    }
    List<Integer> leftWords = new ArrayList<>();
    List<Integer> rightWords = new ArrayList<>();
    leftOnly.forEach(m -> leftWords.addAll(pair.left.explain(m)));
    rightOnly.forEach(m -> rightWords.addAll(pair.right.explain(m)));
    pair.add(
        DifferenceType.NUMBER,
        MentionMatching.texts(leftOnly),
        MentionMatching.texts(rightOnly),
        leftWords,
        rightWords);
  }
}
