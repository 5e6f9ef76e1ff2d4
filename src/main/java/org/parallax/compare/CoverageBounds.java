package org.parallax.compare;

import java.util.List;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/**
 * Bounds the coverage a comparison would have with sentence embeddings from what the lexical
 * analysis alone shows.
 *
 * <p>From above: a one-to-one pair needs a word overlap of at least the engine's floor, whatever
 * the embeddings say, and a score with embeddings of at least the alignment threshold, which the
 * two calibrated models' disagreement ({@link ComparisonEngine#EMBEDDING_SCORE_RISE}) lets a
 * lexical score that much lower reach; a sentence joining a pair as a merged part must have at
 * least the merge containment of its content in the pair's single sentence; the single sentence of
 * a seeded merge must contain at least two such parts. A sentence meeting none of them stays
 * one-sided.
 *
 * <p>From below: a pair the lexical alignment made stays aligned with embeddings when its lexical
 * score is above the threshold with embeddings by at least {@link
 * ComparisonEngine#EMBEDDING_SCORE_FALL}.
 */
final class CoverageBounds {

  private final ClaimScorer scorer;
  private final EngineSettings settings;

  CoverageBounds(ClaimScorer scorer) {
    this.scorer = scorer;
    this.settings = scorer.settings();
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
        Map<String, Double> signals = scorer.signals(a, b);
        if (signals.get(Signals.WORDS) >= settings.wordsFloor()
            && scorer.lexicalScore(signals)
                >= settings.alignThreshold() - ComparisonEngine.EMBEDDING_SCORE_RISE) {
          leftAlignable[i] = true;
          rightAlignable[j] = true;
        }
        if (a.kind != b.kind) {
          continue;
        }
        if (Signals.containment(a, b) >= settings.mergeContainment()) {
          leftAlignable[i] = true;
          rightContains[j]++;
        }
        if (Signals.containment(b, a) >= settings.mergeContainment()) {
          rightAlignable[j] = true;
          leftContains[i]++;
        }
      }
    }
    return new CoverageBound(
        share(left, leftAlignable, leftContains), share(right, rightAlignable, rightContains));
  }

  /**
   * Returns the share of each side in the lexical comparison's pairs that embeddings would keep.
   */
  CoverageBound least(Comparison comparison, List<ClaimView> left, List<ClaimView> right) {
    boolean[] leftSame = new boolean[left.size()];
    boolean[] rightSame = new boolean[right.size()];
    for (SentencePair pair : comparison.pairs()) {
      if (pair.similarity() >= settings.alignThreshold() + ComparisonEngine.EMBEDDING_SCORE_FALL) {
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
