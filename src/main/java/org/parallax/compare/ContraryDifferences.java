package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

/**
 * Finds contrary words ("rose" against "fell") that stand in the same place of the two claims, that
 * is in the same gap between words both share. A contrary word under a negation says what the other
 * side says ("did not rise" against "fell"), so one contrary answers a change of negation and
 * neither is reported.
 */
final class ContraryDifferences {

  private ContraryDifferences() {}

  static void find(ExplainedWords pair) {
    ClaimView left = pair.left.view;
    ClaimView right = pair.right.view;
    List<int[]> pairs = contraryPairs(pair);
    if (pairs.isEmpty()) {
      return;
    }
    if (NegationDifferences.changesNegation(left, right)) {
      pair.negationAnswered = true;
      pair.left.explainForms(Lexicon.NEGATIONS);
      pair.right.explainForms(Lexicon.NEGATIONS);
      int[] answer = pairs.remove(0);
      pair.left.explain(List.of(answer[0]));
      pair.right.explain(List.of(answer[1]));
    }
    for (int[] contrary : pairs) {
      pair.add(
          DifferenceType.CONTRARY,
          DifferenceChange.CHANGED,
          left.words.get(contrary[0]).text(),
          right.words.get(contrary[1]).text(),
          null,
          pair.left.explain(List.of(contrary[0])),
          pair.right.explain(List.of(contrary[1])));
    }
  }

  /** Returns pairs of word indices (left, right) that are contraries in the same gap. */
  private static List<int[]> contraryPairs(ExplainedWords pair) {
    ClaimView left = pair.left.view;
    ClaimView right = pair.right.view;
    List<int[]> pairs = new ArrayList<>();
    boolean[] rightUsed = new boolean[right.words.size()];
    List<int[]> anchors = WordDiffer.anchors(left, right);
    int previousLeft = 0;
    int previousRight = 0;
    for (int k = 0; k <= anchors.size(); k++) {
      int nextLeft = k < anchors.size() ? anchors.get(k)[0] : left.words.size();
      int nextRight = k < anchors.size() ? anchors.get(k)[1] : right.words.size();
      for (int i = previousLeft; i < nextLeft; i++) {
        for (int j = previousRight; j < nextRight && !pair.left.isExplained(i); j++) {
          if (!pair.right.isExplained(j)
              && !rightUsed[j]
              && Contraries.axisBetween(left.words.get(i), right.words.get(j)) != null) {
            pairs.add(new int[] {i, j});
            rightUsed[j] = true;
            break;
          }
        }
      }
      previousLeft = nextLeft + 1;
      previousRight = nextRight + 1;
    }
    return pairs;
  }
}
