package org.parallax.model;

import java.util.Locale;

/** How the two sides of an aligned pair relate. */
public enum Relation {
  /** Restated: nothing material changed. */
  SAME,
  /** Shared, but something material changed (see the pair's differences). */
  CHANGED;

  /** Returns the lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
