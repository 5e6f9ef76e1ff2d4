package org.parallax.ui.compare;

import java.util.List;

/**
 * One entry of the comparison's list of differences: a typed change inside a pair, or a sentence
 * found on one side only.
 *
 * @param label the kind in words, such as "Title changed" or "Only in Diplomat.so · no source"
 * @param left the left side's words, empty when absent
 * @param right the right side's words, empty when absent
 * @param explanation one sentence a person can read
 * @param pairIndex the index of the pair it belongs to, or -1 for a one-sided sentence
 * @param leftSentences the left sentences it points at, possibly empty
 * @param rightSentences the right sentences it points at, possibly empty
 */
public record DifferenceItem(
    String label,
    String left,
    String right,
    String explanation,
    int pairIndex,
    List<Integer> leftSentences,
    List<Integer> rightSentences) {

  /** Copies the lists so the record stays immutable. */
  public DifferenceItem {
    leftSentences = List.copyOf(leftSentences);
    rightSentences = List.copyOf(rightSentences);
  }
}
