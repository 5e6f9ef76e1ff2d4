package org.parallax.syndication.pure;

/**
 * How strongly two reports seem to cover the same event.
 *
 * @param a one report's key
 * @param b the other report's key
 * @param weight similarity in [0, 1]
 */
public record Link(String a, String b, double weight) {}
