package org.parallax.workspace;

import java.util.List;

/**
 * A search as the user asks it.
 *
 * @param query Lucene query syntax over title, body, byline and outlet; blank for every article
 * @param outlets keep only these outlets (facet drill-down); empty for all
 * @param publishedDates keep only these days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) or
 *     years ({@code yyyy}); empty for all
 * @param sortByDate newest first instead of by relevance
 * @param limit the most hits to return
 */
public record SearchRequest(
    String query,
    List<String> outlets,
    List<String> publishedDates,
    boolean sortByDate,
    int limit) {

  /** Copies the lists so the record stays immutable. */
  public SearchRequest {
    outlets = List.copyOf(outlets);
    publishedDates = List.copyOf(publishedDates);
  }

  /** Returns a plain relevance-ranked search for {@code query}. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, List.of(), List.of(), false, limit);
  }
}
