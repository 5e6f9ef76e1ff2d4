package org.parallax.model;

/**
 * Who a sentence says its claim comes from.
 *
 * @param kind how the source is credited
 * @param source the source as written, such as "one current U.S. official"
 * @param cue the words that attribute, such as "according to" or "said"
 * @param span where the attributing phrase lies in the article's text
 */
public record Attribution(AttributionKind kind, String source, String cue, Span span) {}
