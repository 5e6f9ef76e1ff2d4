package org.parallax.model;

import java.util.List;

/**
 * An article split into analysed sentences, ready to compare.
 *
 * @param article the article
 * @param sentences every sentence of its blocks in reading order; {@code sentences.get(i).n() == i}
 */
public record AnalyzedArticle(Article article, List<AnalyzedSentence> sentences) {

  /** Checks sentence numbers run 0, 1, 2 ... */
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).n() != i) {
        throw new IllegalArgumentException("sentence " + i + " numbered " + sentences.get(i).n());
      }
    }
  }
}
