package org.parallax.compare;

import java.util.LinkedHashSet;
import java.util.Set;
import org.parallax.model.DifferenceType;

/** Finds a change of certainty: hedging words ("may", "reportedly") on one side only. */
final class HedgeDifferences {

  private HedgeDifferences() {}

  static void find(ExplainedWords pair) {
    Set<String> leftHedges = hedgeWords(pair.left.view);
    Set<String> rightHedges = hedgeWords(pair.right.view);
    Set<String> leftOnly = new LinkedHashSet<>(leftHedges);
    leftOnly.removeAll(rightHedges);
    Set<String> rightOnly = new LinkedHashSet<>(rightHedges);
    rightOnly.removeAll(leftHedges);
    if (leftOnly.isEmpty() && rightOnly.isEmpty()) {
      return;
    }
    pair.add(
        DifferenceType.HEDGE,
        String.join(", ", leftOnly),
        String.join(", ", rightOnly),
        pair.left.explainForms(leftOnly),
        pair.right.explainForms(rightOnly));
  }

  private static Set<String> hedgeWords(ClaimView view) {
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i < view.words.size(); i++) {
      String lemma = WordKeys.lemma(view.words.get(i));
      String word = view.surface.get(i);
      if (Lexicon.HEDGES.contains(word) || Lexicon.HEDGES.contains(lemma)) {
        words.add(word);
      }
    }
    return words;
  }
}
