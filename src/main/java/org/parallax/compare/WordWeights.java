package org.parallax.compare;

import java.util.Map;
import org.parallax.model.Token;

/**
 * Inverse document frequencies handed in by the caller; words the table lacks are treated as the
 * rarest it knows.
 */
final class WordWeights {

  private final Map<String, Double> idf;
  private final double maxIdf;

  WordWeights(Map<String, Double> idf, double maxIdf) {
    this.idf = Map.copyOf(idf);
    this.maxIdf = maxIdf;
  }

  /** Returns the weight of a content word: its IDF, looked up by lemma, then by folded form. */
  double weight(Token token) {
    if (idf.isEmpty()) {
      return 1.0;
    }
    Double byLemma = idf.get(WordKeys.lemma(token));
    if (byLemma != null) {
      return byLemma;
    }
    Double byWord = idf.get(Lexicon.fold(token.text()));
    return byWord != null ? byWord : maxIdf;
  }

  /** Returns the weight of a word known only by its folded form (a headline's word, say). */
  double weight(String folded) {
    if (idf.isEmpty()) {
      return 1.0;
    }
    return idf.getOrDefault(folded, maxIdf);
  }

  double maxIdf() {
    return idf.isEmpty() ? 1.0 : maxIdf;
  }

  int size() {
    return idf.size();
  }
}
