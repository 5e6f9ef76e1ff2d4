package org.parallax.model;

import java.util.List;

/**
 * A sentence with everything analysis found in it.
 *
 * @param sentence the sentence itself
 * @param tokens its words and punctuation
 * @param mentions names, titles, numbers, dates and times
 * @param attributions who it credits its claim to; empty when it gives no source
 * @param quotes quotations in it
 * @param embedding its sentence embedding (unit length), or null when not computed
 */
public record AnalyzedSentence(
    Sentence sentence,
    List<Token> tokens,
    List<Mention> mentions,
    List<Attribution> attributions,
    List<Quote> quotes,
    float[] embedding) {

  /** Copies the lists so the record stays immutable. */
  public AnalyzedSentence {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    attributions = List.copyOf(attributions);
    quotes = List.copyOf(quotes);
  }

  /** Returns the sentence number. */
  public int n() {
    return sentence.n();
  }

  /** Returns the sentence text. */
  public String text() {
    return sentence.text();
  }

  /** Returns a copy carrying the given embedding. */
  public AnalyzedSentence withEmbedding(float[] vector) {
    return new AnalyzedSentence(sentence, tokens, mentions, attributions, quotes, vector);
  }
}
