package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Token;

/**
 * Marks a surname standing alone before a reporting verb as a name: "Howard said he would...".
 *
 * <p>The part-of-speech tagger often misreads a capitalised surname at the start of a sentence
 * ("Howard" as an adverb, "Young" or "Brown" as adjectives), and the sentence then looks unsourced.
 * A capitalised word is retagged {@code PROPN} when the article names that person elsewhere ("John
 * Howard" makes "Howard" a person), or when it opens the sentence directly before a reporting verb,
 * where English puts no adverb or adjective without a subject of its own ("Howard said", "Young has
 * told").
 */
final class SurnameSpeakers {

  private static final String NAME = "PROPN";

  /** Tags a capitalised first word can have and still be a name the tagger misread. */
  private static final Set<String> MISREAD_AS = Set.of("ADV", "ADJ", "VERB", "X", "INTJ");

  /** Words that do open "Many said", "Few told": speakers counted, not named. */
  private static final Set<String> COUNTING_WORDS =
      Set.of("many", "few", "several", "most", "some", "both", "all", "each", "none", "neither");

  private SurnameSpeakers() {}

  /**
   * Returns the tokens with misread surnames retagged {@code PROPN}; the list itself when none is.
   *
   * @param tokens one sentence's tokens
   * @param people lower-case names and surnames of the article's people
   */
  static List<Token> retag(List<Token> tokens, Set<String> people) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.pos().equals(NAME) && isSurname(tokens, i, people)) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        out.set(i, new Token(token.text(), token.lemma(), NAME, token.span()));
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean isSurname(List<Token> tokens, int i, Set<String> people) {
    Token token = tokens.get(i);
    if (!Character.isUpperCase(token.text().charAt(0))) {
      return false;
    }
    String word = token.text().toLowerCase(Locale.ROOT);
    boolean known = people.contains(word) && !token.pos().equals("PRON");
    boolean opensSentence =
        i == 0 && MISREAD_AS.contains(token.pos()) && !COUNTING_WORDS.contains(word);
    return (known || opensSentence) && reportingVerbFollows(tokens, i + 1);
  }

  /** True when a reporting verb follows, past auxiliaries and "not": "has not said". */
  private static boolean reportingVerbFollows(List<Token> tokens, int from) {
    for (int j = from; j < tokens.size(); j++) {
      Token token = tokens.get(j);
      if (SpeechVerbs.isSpeechVerb(token.lemma())) {
        return true;
      }
      if (!token.pos().equals("AUX") && !token.pos().equals("PART")) {
        return false;
      }
    }
    return false;
  }
}
