package org.parallax.compare;

import org.parallax.model.Token;

/** Turns a token into the key two words must share to count as the same word. */
final class WordKeys {

  private WordKeys() {}

  /**
   * Returns the lemma (or the folded word where the lemmatizer gave none), lightly stemmed so that
   * forms the lemmatizer leaves apart ("Saudis", "Saudi"; "killing", "killed") still meet.
   */
  static String key(Token token) {
    return stem(lemma(token));
  }

  /** Returns the folded lemma, or the folded word when the lemma is missing. */
  static String lemma(Token token) {
    String lemma = token.lemma();
    if (lemma == null || lemma.isBlank() || "O".equals(lemma) || "_".equals(lemma)) {
      return Lexicon.fold(token.text());
    }
    return Lexicon.fold(lemma);
  }

  /** Returns true for words that carry content: not punctuation, not a function word. */
  static boolean isContent(Token token) {
    if (token.isPunctuation()) {
      return false;
    }
    String lemma = lemma(token);
    String word = Lexicon.fold(token.text());
    if (Lexicon.STOPWORDS.contains(lemma) || Lexicon.STOPWORDS.contains(word)) {
      return false;
    }
    String pos = token.pos();
    if (pos == null || pos.isBlank() || "X".equals(pos)) {
      return true;
    }
    return Lexicon.CONTENT_TAGS.contains(pos);
  }

  /** Folds the commonest British spellings to American ones, so "defence" meets "defense". */
  static String americanSpelling(String w) {
    if (w.endsWith("ence") && (w.equals("defence") || w.equals("offence") || w.equals("licence"))) {
      return w.substring(0, w.length() - 3) + "se";
    }
    if (w.length() > 5 && w.endsWith("our")) {
      return w.substring(0, w.length() - 3) + "or";
    }
    if (w.length() > 7 && w.contains("ouring")) {
      return w.replace("ouring", "oring");
    }
    if (w.length() > 6 && (w.endsWith("ise") || w.endsWith("ised") || w.endsWith("ising"))) {
      int at = w.lastIndexOf("is");
      return w.substring(0, at) + "iz" + w.substring(at + 2);
    }
    if (w.contains("isation")) {
      return w.replace("isation", "ization");
    }
    return w;
  }

  /** Strips a few inflectional endings; deliberately timid, so unrelated words stay apart. */
  static String stem(String word) {
    String w = americanSpelling(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
