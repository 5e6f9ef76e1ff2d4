package org.parallax.model;

/**
 * The order of the library's rows: by relevance to the query, or by one column.
 *
 * @param column the column sorted on
 * @param descending largest (latest, last in the alphabet) first
 */
public record LibraryOrder(Column column, boolean descending) {

  /** Most relevant first: the order of a search. */
  public static final LibraryOrder RELEVANCE = new LibraryOrder(Column.RELEVANCE, true);

  /** The columns the library sorts on. */
  public enum Column {
    /** The score of the query (every article scores alike for a blank query). */
    RELEVANCE,
    /** The title, or a report's opening sentence where it has none, ignoring case. */
    TITLE,
    /** The outlet, ignoring case. */
    OUTLET,
    /** The publication time. */
    PUBLISHED,
    /** The byline, ignoring case. */
    BYLINE,
    /** The number of words. */
    WORDS,
    /** The number of stored versions. */
    VERSIONS
  }
}
