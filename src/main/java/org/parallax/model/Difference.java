package org.parallax.model;

import java.util.List;

/**
 * One typed change inside an aligned pair, as facts: what kind, which side holds it, the differing
 * values and where their words lie. The sentence shown to people is written by {@code
 * report.DifferenceWords}, not here.
 *
 * @param type what kind of change
 * @param change which side holds it: dropped (left only), added (right only) or changed (both)
 * @param left the differing text on the left, empty where absent
 * @param right the differing text on the right, empty where absent
 * @param subject what the change is about where the values alone do not say, such as the person
 *     whose title changed; null otherwise
 * @param leftWords the left words this difference explains, as UTF-16 char spans into the left
 *     article's text, ascending
 * @param rightWords the right words this difference explains, as spans into the right text
 */
public record Difference(
    DifferenceType type,
    DifferenceChange change,
    String left,
    String right,
    String subject,
    List<Span> leftWords,
    List<Span> rightWords) {

  /** Copies the lists so the record stays immutable. */
  public Difference {
    leftWords = List.copyOf(leftWords);
    rightWords = List.copyOf(rightWords);
  }
}
