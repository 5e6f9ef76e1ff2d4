package org.parallax.report;

import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;

/**
 * Writes the sentence a person reads for a typed difference, such as "Title changed: top U.S. envoy
 * to Africa became Senior Bureau Official." The engine states facts; this is the one place that
 * puts them in words, for the JSON, the CSV, the text and HTML reports and the window.
 */
public final class DifferenceWords {

  private DifferenceWords() {}

  /** Returns one sentence saying what changed, ending with a full stop. */
  public static String sentence(Difference d) {
    String l = d.left();
    String r = d.right();
    DifferenceChange change = d.change();
    return switch (d.type()) {
      case ENTITY -> addedDroppedChanged(change, "Name", l, r);
      case NUMBER -> addedDroppedChanged(change, "Number", l, r);
      case TIME -> addedDroppedChanged(change, "Time frame", l, r);
      case TITLE ->
          (d.subject() == null ? "Title changed: " : "Title of " + d.subject() + " changed: ")
              + l
              + " became "
              + r
              + ".";
      case ATTRIBUTION ->
          switch (change) {
            case DROPPED ->
                "Attribution dropped: the right side does not say the claim came from " + l + ".";
            case ADDED ->
                "Attribution added: the right side credits " + r + ", the left credits no one.";
            default -> "Attribution changed: " + orDash(l) + " became " + orDash(r) + ".";
          };
      case QUOTE ->
          switch (change) {
            case DROPPED -> "Quotation marks dropped: the right side gives these words unquoted.";
            case ADDED ->
                "Quotation marks added: the right side quotes words the left gives unquoted.";
            case EXTENT_CHANGED ->
                "Quotation extent changed: the marks were moved to take in different words.";
            case CHANGED -> "Quotation wording changed.";
          };
      case HEDGE ->
          switch (change) {
            case ADDED -> "Certainty weakened: the right side hedges with " + r + ".";
            case DROPPED -> "Certainty strengthened: the right side drops " + l + ".";
            default -> "Hedging changed: " + l + " became " + r + ".";
          };
      case NEGATION -> "One side negates what the other asserts.";
      case CONTRARY -> "Opposite wording: " + l + " became " + r + ".";
      case OMISSION -> "Detail missing on the right: " + l + ".";
      case ADDITION -> "Detail added on the right: " + r + ".";
    };
  }

  private static String addedDroppedChanged(
      DifferenceChange change, String what, String l, String r) {
    return switch (change) {
      case ADDED -> what + " added: " + r + ".";
      case DROPPED -> what + " dropped: " + l + ".";
      default -> what + " changed: " + l + " became " + r + ".";
    };
  }

  private static String orDash(String value) {
    return value.isEmpty() ? "-" : value;
  }
}
