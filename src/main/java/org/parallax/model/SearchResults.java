package org.parallax.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total how many articles matched in all
 * @param hits the best of them, best first
 * @param facets counts per value for each facet by name ({@code outlet}, {@code published}, {@code
 *     annotation tag})
 */
public record SearchResults(
    long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the collections so the record stays immutable. */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
