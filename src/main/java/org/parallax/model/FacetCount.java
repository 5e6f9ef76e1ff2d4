package org.parallax.model;

/**
 * How many hits share one value of a facet.
 *
 * @param value the facet value, such as {@code Reuters} or {@code 2026-03-09}
 * @param count number of hits with that value
 */
public record FacetCount(String value, long count) {}
