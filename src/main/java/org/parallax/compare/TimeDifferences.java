package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;

/**
 * Finds dates, times and time words ("yesterday", "soon") one claim has and the other lacks,
 * reported as one change of time frame.
 */
final class TimeDifferences {

  private TimeDifferences() {}

  static void find(ExplainedWords pair) {
    List<String> leftTexts = new ArrayList<>();
    List<String> rightTexts = new ArrayList<>();
    List<Integer> leftWords = new ArrayList<>();
    List<Integer> rightWords = new ArrayList<>();
    List<Mention> leftOnly = MentionMatching.unmatchedTimes(pair.left.view, pair.right.view);
    List<Mention> rightOnly = MentionMatching.unmatchedTimes(pair.right.view, pair.left.view);
    for (Mention m : leftOnly) {
      leftWords.addAll(pair.left.explain(m));
      leftTexts.add(m.text());
    }
    for (Mention m : rightOnly) {
      rightWords.addAll(pair.right.explain(m));
      rightTexts.add(m.text());
    }
    temporalWords(pair.left, pair.right, leftTexts, leftWords);
    temporalWords(pair.right, pair.left, rightTexts, rightWords);
    if (leftTexts.isEmpty() && rightTexts.isEmpty()) {
      return;
    }
    pair.add(
        DifferenceType.TIME,
        String.join(", ", leftTexts),
        String.join(", ", rightTexts),
        leftWords,
        rightWords);
  }

  private static void temporalWords(
      MarkedSide side, MarkedSide other, List<String> texts, List<Integer> words) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < side.view.words.size(); i++) {
      String key = side.view.keys.get(i);
      if (!side.isExplained(i) && Lexicon.TEMPORAL.contains(key) && !other.keys.contains(key)) {
        found.add(i);
        texts.add(side.view.words.get(i).text());
      }
    }
    words.addAll(side.explain(found));
  }
}
