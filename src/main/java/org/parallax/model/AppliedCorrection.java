package org.parallax.model;

import java.util.List;

/**
 * A correction as it applied to one comparison: the sentence numbers its passages fell on, on the
 * comparison's sides (a correction made with the reports the other way round is mirrored).
 *
 * @param correction the stored correction
 * @param left sentence numbers on the comparison's left, ascending; empty for a verdict
 * @param right sentence numbers on the comparison's right, ascending; empty for a verdict
 */
public record AppliedCorrection(Correction correction, List<Integer> left, List<Integer> right) {

  /** Copies the lists so the record stays immutable. */
  public AppliedCorrection {
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  /** Returns true when it names a sentence of the pair. */
  public boolean touches(SentencePair pair) {
    return pair.left().stream().anyMatch(left::contains)
        || pair.right().stream().anyMatch(right::contains);
  }
}
