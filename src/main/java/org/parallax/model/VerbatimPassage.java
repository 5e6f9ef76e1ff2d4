package org.parallax.model;

/**
 * A run of words the two reports share word for word.
 *
 * @param text the shared words as the left report has them
 * @param leftSentence sentence number on the left where the run starts
 * @param rightSentence sentence number on the right where the run starts
 * @param leftSpan where the run lies in the left article's text
 * @param rightSpan where the run lies in the right article's text
 * @param words how many words long it is
 */
public record VerbatimPassage(
    String text, int leftSentence, int rightSentence, Span leftSpan, Span rightSpan, int words) {}
