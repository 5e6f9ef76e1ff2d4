package org.parallax.report;

import org.parallax.model.Derivation;

/** The words for a derivation that every export and the window share. */
public final class DerivationWords {

  private DerivationWords() {}

  /** "derives from", or "partly derives from" when most of the derived report is its own. */
  public static String derives(Derivation derivation) {
    return derivation.partial() ? "partly derives from" : "derives from";
  }
}
