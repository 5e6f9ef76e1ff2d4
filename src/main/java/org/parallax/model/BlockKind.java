package org.parallax.model;

import java.util.Locale;

/** What part of an article a block of text is. */
public enum BlockKind {
  /** Running text of the report. */
  BODY,
  /** A sub-heading inside the report, such as an all-caps line in wire copy. */
  HEADING,
  /** A photo caption or credit, often run into the text of scraped reports. */
  CAPTION;

  /** Returns the lower-case name used in JSON ({@code body}, {@code heading}, {@code caption}). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
