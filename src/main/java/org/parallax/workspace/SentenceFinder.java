package org.parallax.workspace;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parallax.annotate.Anchorer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;
import org.parallax.model.Span;

/** Finds the sentences a correction names, by their words, in the version being compared. */
final class SentenceFinder {

  private SentenceFinder() {}

  /**
   * Returns the sentence numbers of the side's passages in {@code analyzed}, ascending; empty when
   * a passage cannot be found (the correction is then orphaned in this comparison).
   */
  static Optional<List<Integer>> sentences(
      CorrectionSide side, AnalyzedArticle analyzed, Anchorer anchorer) {
    TreeSet<Integer> numbers = new TreeSet<>();
    String text = analyzed.article().text();
    for (Passage passage : side.passages()) {
      Span found = anchorer.anchor(passage, text).span();
      if (found == null) {
        return Optional.empty();
      }
      int best = -1;
      int bestOverlap = 0;
      for (AnalyzedSentence sentence : analyzed.sentences()) {
        int overlap = overlap(sentence.sentence().span(), found);
        if (overlap > bestOverlap) {
          best = sentence.n();
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        return Optional.empty();
      }
      numbers.add(best);
    }
    return Optional.of(List.copyOf(numbers));
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }
}
