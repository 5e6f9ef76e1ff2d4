package org.parallax.model;

/**
 * A word or punctuation mark of a sentence.
 *
 * @param text the token as written (from the normalised text)
 * @param lemma its dictionary form in lower case, such as {@code lift} for {@code lifted}
 * @param pos its Universal Dependencies part-of-speech tag, such as {@code PROPN}
 * @param span where it lies in the article's text
 */
public record Token(String text, String lemma, String pos, Span span) {

  /** Returns true for punctuation and symbols, which carry no content of their own. */
  public boolean isPunctuation() {
    return "PUNCT".equals(pos) || "SYM".equals(pos);
  }
}
