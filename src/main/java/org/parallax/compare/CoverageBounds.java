package org.parallax.compare;

import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/**
 * Bounds the coverage a comparison could have under another similarity model (sentence embeddings
 * or not) from what the lexical analysis alone shows.
 *
 * <p>From above: a one-to-one pair needs a word overlap of at least the engine's floor, whatever
 * the embeddings say; a sentence joining a pair as a merged part must have at least the merge
 * containment of its content in the pair's single sentence; the single sentence of a seeded merge
 * must contain at least two such parts. A sentence meeting none of them is one-sided under every
 * similarity model, so its words bound the coverage from above.
 */
final class CoverageBounds {

  private final ComparisonEngine engine;

  CoverageBounds(ComparisonEngine engine) {
    this.engine = engine;
  }

  /** Returns the most of each side any alignment could cover. */
  CoverageBound most(List<ClaimView> left, List<ClaimView> right) {
    boolean[] leftAlignable = new boolean[left.size()];
    boolean[] rightAlignable = new boolean[right.size()];
    int[] leftContains = new int[left.size()];
    int[] rightContains = new int[right.size()];
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        ClaimView a = left.get(i);
        ClaimView b = right.get(j);
        if (!shareContent(a, b)) {
          continue;
        }
        if (Signals.words(a, b) >= engine.wordsFloor) {
          leftAlignable[i] = true;
          rightAlignable[j] = true;
        }
        if (a.kind != b.kind) {
          continue;
        }
        if (Signals.containment(a, b) >= engine.mergeContainment) {
          leftAlignable[i] = true;
          rightContains[j]++;
        }
        if (Signals.containment(b, a) >= engine.mergeContainment) {
          rightAlignable[j] = true;
          leftContains[i]++;
        }
      }
    }
    return new CoverageBound(
        share(left, leftAlignable, leftContains), share(right, rightAlignable, rightContains));
  }

  /**
   * Returns the share of each side in the comparison's pairs made of the same content words (in any
   * order). Such a pair has full word and entity agreement, so the model with embeddings needs a
   * cosine of only about 0.5 to align it (see {@link ComparisonEngine#sameWordingCoverage}); the
   * share bounds the coverage with embeddings from below.
   */
  CoverageBound leastOf(Comparison comparison, List<ClaimView> left, List<ClaimView> right) {
    boolean[] leftSame = new boolean[left.size()];
    boolean[] rightSame = new boolean[right.size()];
    for (SentencePair pair : comparison.pairs()) {
      if (pair.signals().getOrDefault(Signals.WORDS, 0.0) >= 1.0) {
        pair.left().forEach(i -> leftSame[i] = true);
        pair.right().forEach(j -> rightSame[j] = true);
      }
    }
    return new CoverageBound(
        share(left, leftSame, new int[left.size()]),
        share(right, rightSame, new int[right.size()]));
  }

  private static boolean shareContent(ClaimView a, ClaimView b) {
    for (String key : a.contentWeights.keySet()) {
      if (b.contentWeights.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** Words in the sentences marked (or anchors of at least two merged parts), as a share. */
  private static double share(List<ClaimView> views, boolean[] alignable, int[] containedParts) {
    double total = 0;
    double reachable = 0;
    for (int i = 0; i < views.size(); i++) {
      int words = views.get(i).words.size();
      total += words;
      if (alignable[i] || containedParts[i] >= 2) {
        reachable += words;
      }
    }
    return total == 0 ? 0 : reachable / total;
  }
}
