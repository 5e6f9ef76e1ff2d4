package org.parallax.model;

import java.util.Locale;

/** The kinds of change Parallax tells apart inside a shared claim. */
public enum DifferenceType {
  /** A name added, dropped or replaced. */
  ENTITY,
  /** A quantity changed. */
  NUMBER,
  /** A date, time or time frame changed. */
  TIME,
  /** A person's role or title changed. */
  TITLE,
  /** Who is credited changed, was dropped, or was invented. */
  ATTRIBUTION,
  /** A quotation's wording or extent changed. */
  QUOTE,
  /** Certainty changed, such as "said" against "may". */
  HEDGE,
  /** One side negates what the other asserts. */
  NEGATION,
  /** One side states the opposite with a contrary word, such as "rose" against "fell". */
  CONTRARY,
  /** A detail of the left side is missing on the right. */
  OMISSION,
  /** The right side adds a detail the left lacks. */
  ADDITION;

  /** Returns the lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
