package org.parallax.index;

/** A search query is not valid Lucene query syntax; the message says where and how to fix it. */
public final class QuerySyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what is wrong with the query, in words a person can act on
   */
  public QuerySyntaxException(String message) {
    super(message);
  }
}
