package org.parallax.model;

/**
 * Words a report puts inside quotation marks.
 *
 * @param text the quoted words without the marks
 * @param speaker who the report says spoke them; null when not said
 * @param span where the quoted words (without the marks) lie in the article's text
 */
public record Quote(String text, String speaker, Span span) {}
