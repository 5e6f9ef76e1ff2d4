package org.parallax.correction;

import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/** Judges sentences an analyst linked, as the engine would judge them aligned. */
@FunctionalInterface
public interface PairJudge {

  /**
   * Returns the pair of these sentences with the engine's similarity, relation and differences.
   *
   * @param comparison the comparison whose sentences they are
   * @param left sentence numbers on the left, ascending, never empty
   * @param right sentence numbers on the right, ascending, never empty
   */
  SentencePair judge(Comparison comparison, List<Integer> left, List<Integer> right);
}
