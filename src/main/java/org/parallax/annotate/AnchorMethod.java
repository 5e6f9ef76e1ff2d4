package org.parallax.annotate;

/** How an annotation found its passage in an article's text. */
public enum AnchorMethod {
  /** At its recorded position, with its words unchanged. */
  POSITION,
  /** By its exact words (and their context, where the words occur more than once). */
  QUOTE,
  /** By approximate matching, after the passage's own words changed slightly. */
  FUZZY,
  /** Not found: kept as an orphan with its original quote, never deleted. */
  ORPHAN
}
