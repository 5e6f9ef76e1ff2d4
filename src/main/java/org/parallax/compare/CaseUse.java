package org.parallax.compare;

import java.util.HashSet;
import java.util.Set;

/**
 * How a report's own text writes its words: a headline word is a name only where the text writes it
 * with a capital inside a sentence and never in lower case.
 */
record CaseUse(Set<String> inside, Set<String> opening, Set<String> lowerCase) {

  static CaseUse of(String text) {
    Set<String> inside = new HashSet<>();
    Set<String> opening = new HashSet<>();
    Set<String> lower = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = Character.isLetterOrDigit(c);
      if ((c == '\'' || c == '\u2019') && start >= 0) {
        continue;
      }
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String word = StockPhrases.words(text.substring(start, i)).get(0);
        if (Character.isLowerCase(text.charAt(start))) {
          lower.add(word);
        } else if (Character.isUpperCase(text.charAt(start))) {
          (insideSentence(text, start) ? inside : opening).add(word);
        }
        start = -1;
      }
    }
    return new CaseUse(inside, opening, lower);
  }

  /** True when the text uses the word at all, in any case. */
  boolean uses(String word) {
    return lowerCase.contains(word) || inside.contains(word) || opening.contains(word);
  }

  /**
   * True when the text capitalises, inside a sentence, some word that can be a name and that is not
   * common in the workspace (a wire's sign-off, "Reuter", names nothing).
   */
  boolean namesAnything(StockPhrases stock) {
    return inside.stream().anyMatch(word -> KeyEntities.isName(word) && !stock.isCommon(word));
  }

  /**
   * True when the text never writes the word in lower case and capitalises it inside a sentence, or
   * only at the opening of one when it is no common English word ("Jamesway Corp said").
   */
  boolean writesAsName(String word, boolean rareInEnglish) {
    return !lowerCase.contains(word)
        && (inside.contains(word) || (rareInEnglish && opening.contains(word)));
  }

  /** True when a word at {@code at} follows other words of its sentence. */
  private static boolean insideSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '(') {
        return c != '.' && c != '!' && c != '?' && c != ':';
      }
    }
    return false;
  }
}
