package org.parallax.model;

import java.util.List;
import java.util.Map;

/**
 * The full result of comparing two reports: every sentence of each side is in exactly one pair or
 * in its side's one-sided list.
 *
 * @param left the left report, analysed
 * @param right the right report, analysed
 * @param pairs aligned sentences, in the left report's order
 * @param leftOnly left sentence numbers the right report does not share, ascending
 * @param rightOnly right sentence numbers the left report does not share, ascending
 * @param leftUnsourced those of {@code leftOnly} that give no source
 * @param rightUnsourced those of {@code rightOnly} that give no source
 * @param quotes quotations of either side, matched across where possible
 * @param passages word-for-word runs the two share, longest first
 * @param leftBoilerplate spans of the left text that recur across many stories of the workspace
 *     (templates, sign-offs) and so count as no evidence of copying; empty outside a workspace
 * @param rightBoilerplate the same on the right
 * @param derivation whether one derives from the other
 * @param settings the engine's settings that produced this result, by name
 * @param review what analysts corrected in the engine's result; {@link Review#NONE} when nothing
 */
public record Comparison(
    AnalyzedArticle left,
    AnalyzedArticle right,
    List<SentencePair> pairs,
    List<Integer> leftOnly,
    List<Integer> rightOnly,
    List<Integer> leftUnsourced,
    List<Integer> rightUnsourced,
    List<SharedQuote> quotes,
    List<VerbatimPassage> passages,
    List<Span> leftBoilerplate,
    List<Span> rightBoilerplate,
    Derivation derivation,
    Map<String, String> settings,
    Review review) {

  /** Copies the collections so the record stays immutable. */
  public Comparison {
    pairs = List.copyOf(pairs);
    leftOnly = List.copyOf(leftOnly);
    rightOnly = List.copyOf(rightOnly);
    leftUnsourced = List.copyOf(leftUnsourced);
    rightUnsourced = List.copyOf(rightUnsourced);
    quotes = List.copyOf(quotes);
    passages = List.copyOf(passages);
    leftBoilerplate = List.copyOf(leftBoilerplate);
    rightBoilerplate = List.copyOf(rightBoilerplate);
    settings = Map.copyOf(settings);
    review = review == null ? Review.NONE : review;
  }

  /** Returns true when an analyst corrected this result (or a correction of it is orphaned). */
  public boolean corrected() {
    return !review.isEmpty();
  }
}
