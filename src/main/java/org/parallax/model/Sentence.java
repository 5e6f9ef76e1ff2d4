package org.parallax.model;

/**
 * A sentence of an article: the unit Parallax compares.
 *
 * @param n its number, counting from 0 over every sentence of the article in reading order
 * @param span where it lies in the article's text
 * @param text its text as in the original
 * @param kind whether it belongs to the body, a heading or a caption
 */
public record Sentence(int n, Span span, String text, BlockKind kind) {}
