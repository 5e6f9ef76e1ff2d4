package org.parallax.evaluation;

import java.time.LocalDate;

/**
 * One row of the graded derivation set.
 *
 * @param id the pair's name, such as {@code nc01}
 * @param level 3 near copy, 2 light edit, 1 heavy paraphrase, 0 independent
 * @param label the level in words
 * @param heldout whether the pair is in the held-out third (never used to fit)
 * @param left the source: an ECB+ reference such as {@code 12/12_3ecb.xml}
 * @param right an ECB+ reference or a rewrite file under the set's folder
 * @param rightOutlet the outlet given to the right report
 * @param rightDate the right report's date; null when it has none
 */
record DerivationPair(
    String id,
    int level,
    String label,
    boolean heldout,
    String left,
    String right,
    String rightOutlet,
    LocalDate rightDate) {

  /** Returns whether the right report derives from the left one. */
  boolean derived() {
    return level > 0;
  }
}
