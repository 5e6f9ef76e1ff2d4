package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

/** Finds one side negating what the other asserts, unless a contrary word already answered it. */
final class NegationDifferences {

  private NegationDifferences() {}

  static void find(ExplainedWords pair) {
    ClaimView left = pair.left.view;
    ClaimView right = pair.right.view;
    if (pair.negationAnswered || !changesNegation(left, right)) {
      return;
    }
    pair.add(
        DifferenceType.NEGATION,
        DifferenceChange.CHANGED,
        negationCount(left, right) > 0 ? negationText(left) : "",
        negationCount(right, left) > 0 ? negationText(right) : "",
        null,
        pair.left.explainForms(Lexicon.NEGATIONS),
        pair.right.explainForms(Lexicon.NEGATIONS));
  }

  /** Returns true when one side is negated an odd number of times more than the other. */
  static boolean changesNegation(ClaimView left, ClaimView right) {
    return negationCount(left, right) % 2 != negationCount(right, left) % 2;
  }

  /**
   * Counts negating words, and words negated by a prefix ("unclear") whose stem the other side has
   * ("clear"), so "wasn't clear" and "unclear" agree.
   */
  private static int negationCount(ClaimView view, ClaimView other) {
    Set<String> otherWords = new HashSet<>(other.surface);
    int count = 0;
    for (String word : view.surface) {
      boolean prefixed =
          word.length() > 4
              && (word.startsWith("un") || word.startsWith("in"))
              && otherWords.contains(word.substring(2));
      if (Lexicon.NEGATIONS.contains(word) || prefixed) {
        count++;
      }
    }
    return count;
  }

  private static String negationText(ClaimView view) {
    List<String> words = new ArrayList<>();
    for (String word : view.surface) {
      if (Lexicon.NEGATIONS.contains(word)) {
        words.add(word);
      }
    }
    return String.join(", ", words);
  }
}
