package org.parallax.report;

import org.parallax.model.Correction;

/** Says what a correction did in a few words, for the text and HTML reports and the window. */
public final class CorrectionWords {

  private CorrectionWords() {}

  /** Returns the correction in words, such as {@code not a difference: title}. */
  public static String of(Correction correction) {
    String value = correction.value();
    return switch (correction.kind()) {
      case LINK -> "linked: the same claim";
      case UNLINK -> "unlinked: not the same claim";
      case RELATION -> "relation set: " + value;
      case NOT_A_DIFFERENCE -> "not a difference: " + value;
      case RETYPE -> "difference retyped: " + value.replace(">", " is ");
      case VERDICT -> "verdict set: " + value;
    };
  }
}
