package org.parallax.index.lucene;

import org.parallax.index.QuerySyntaxException;

/**
 * The one reader of Parallax's query syntax, Lucene's standard parser as the embedded index
 * configures it, for a backend that sends the query on: Solr's eDisMax parser would quietly search
 * for the words of a query it cannot read, so the shared archive checks it here first and a
 * mistyped query gets the same error on both backends.
 */
public final class StandardQuerySyntax {

  private StandardQuerySyntax() {}

  /**
   * Checks that a query is valid syntax.
   *
   * @param query the query as the person typed it; blank is valid (everything)
   * @throws QuerySyntaxException saying what is wrong and how to write it
   */
  public static void check(String query) {
    ArticleSearch.parse(query);
  }
}
