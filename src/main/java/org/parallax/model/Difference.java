package org.parallax.model;

/**
 * One typed change inside an aligned pair.
 *
 * @param type what kind of change
 * @param left the differing text on the left, empty where absent
 * @param right the differing text on the right, empty where absent
 * @param explanation one sentence a person can read, such as "Title changed: top U.S. envoy to
 *     Africa became Senior Bureau Official"
 */
public record Difference(DifferenceType type, String left, String right, String explanation) {}
