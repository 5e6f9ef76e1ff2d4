package org.parallax.ui;

/**
 * A run of a pane's text that carries one extra style class.
 *
 * @param start first char, inclusive, in the pane's text
 * @param end char after the run, exclusive
 * @param styleClass the CSS style class to add
 */
public record StyledRange(int start, int end, String styleClass) {}
