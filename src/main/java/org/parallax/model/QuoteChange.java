package org.parallax.model;

import java.util.Locale;

/** How a quotation differs between two reports. */
public enum QuoteChange {
  /** Word for word the same. */
  NONE,
  /** Some quoted words differ. */
  WORDING,
  /** The quotation marks moved to take in (or leave out) words the other side did not quote. */
  EXTENT,
  /** Only one report has the quotation. */
  ONE_SIDED;

  /** Returns the lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
