package org.parallax.model;

import java.util.Locale;

/** Which side holds a typed difference: the left only, the right only, or both in other forms. */
public enum DifferenceChange {
  /** The left has it and the right lacks it. */
  DROPPED,
  /** The right has it and the left lacks it. */
  ADDED,
  /** Both sides have it, in different forms. */
  CHANGED,
  /** Both quote the same passage, with the marks moved to take in different words (quotes only). */
  EXTENT_CHANGED;

  /** Returns the lower-case name used in JSON, such as {@code extent-changed}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
