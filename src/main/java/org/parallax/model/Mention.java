package org.parallax.model;

/**
 * A name, title, number, date or time found in a sentence.
 *
 * @param type what kind of thing it names
 * @param text the words as written
 * @param normalized a canonical form for matching: lower case for names, a plain decimal with its
 *     unit for numbers ({@code 1500000 usd}), ISO-8601 where a date could be resolved
 * @param span where it lies in the article's text
 */
public record Mention(MentionType type, String text, String normalized, Span span) {}
