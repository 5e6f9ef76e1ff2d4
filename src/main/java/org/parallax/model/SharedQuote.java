package org.parallax.model;

import java.util.List;

/**
 * A quotation found in either report, matched with its counterpart in the other where there is one.
 *
 * @param text the quotation as the left report has it (the right's where the left lacks it)
 * @param left sentence numbers on the left holding it; empty when the left lacks it
 * @param right sentence numbers on the right holding it; empty when the right lacks it
 * @param verbatim true only when the quoted words are identical on both sides
 * @param leftText the quoted words on the left, empty when absent
 * @param rightText the quoted words on the right, empty when absent
 * @param change how the quotation changed between the sides
 * @param leftSpan where the matcher found the quotation in the left article's text (UTF-16 chars);
 *     null when the left lacks it
 * @param rightSpan where it lies in the right article's text; null when the right lacks it
 */
public record SharedQuote(
    String text,
    List<Integer> left,
    List<Integer> right,
    boolean verbatim,
    String leftText,
    String rightText,
    QuoteChange change,
    Span leftSpan,
    Span rightSpan) {

  /** Copies the lists so the record stays immutable. */
  public SharedQuote {
    left = List.copyOf(left);
    right = List.copyOf(right);
  }
}
