package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Span;
import org.parallax.model.Token;

/** Tokenises a sentence and tags every token with its UD part of speech and lemma. */
final class TokenAnnotator {

  /** What OpenNLP's lemmatizer answers when it has no lemma for a token. */
  private static final String NO_LEMMA = "O";

  private static final List<String> CLITICS =
      List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "'");

  private TokenAnnotator() {}

  /** Returns the tokens of {@code sentence}, with spans into {@code text}. */
  static List<Token> annotate(NlpPipeline nlp, String text, Span sentence) {
    String sentenceText = sentence.of(text);
    opennlp.tools.util.Span[] spans = nlp.tokens.tokenizePos(sentenceText);
    if (spans.length == 0) {
      return List.of();
    }
    spans = detachFinalPeriod(sentenceText, spans);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = nlp.tags.tag(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span span = new Span(spans[i].getStart(), spans[i].getEnd()).shift(sentence.start());
      addToken(words[i], tags[i], nlp.lemma(words[i], tags[i]), span, tokens);
    }
    return tokens;
  }

  /**
   * Splits the sentence's full stop from a last word the tokenizer glued it to ("JNIM."), unless
   * the word is an abbreviation whose own period ends the sentence ("U.S.").
   */
  private static opennlp.tools.util.Span[] detachFinalPeriod(
      String sentence, opennlp.tools.util.Span[] spans) {
    opennlp.tools.util.Span last = spans[spans.length - 1];
    String word = sentence.substring(last.getStart(), last.getEnd());
    if (word.length() < 2 || !word.endsWith(".") || word.indexOf('.') < word.length() - 1) {
      return spans;
    }
    opennlp.tools.util.Span[] split = Arrays.copyOf(spans, spans.length + 1);
    split[spans.length - 1] = new opennlp.tools.util.Span(last.getStart(), last.getEnd() - 1);
    split[spans.length] = new opennlp.tools.util.Span(last.getEnd() - 1, last.getEnd());
    return split;
  }

  /**
   * Adds one token, or two where the UD models treat a word with a clitic as one token tagged like
   * {@code PROPN+PART} ("Mali's", "wasn't"): the clitic becomes a token of its own so that names
   * and lemmas come out clean.
   */
  private static void addToken(String word, String tag, String lemma, Span span, List<Token> out) {
    String[] tagParts = parts(tag);
    String[] lemmaParts = parts(lemma);
    if (tagParts.length == 1 && isPunctuationTag(tagParts[0]) && hasLetter(word)) {
      // The UD tagger now and then tags a word with a clitic as punctuation ("firm's"), which
      // would drop the word from every comparison: a token with letters is a word of unknown kind.
      tagParts = cliticStart(word) > 0 ? new String[] {"X", "PART"} : new String[] {"X"};
    }
    int cut = tagParts.length == 2 ? cliticStart(word) : -1;
    if (cut <= 0) {
      out.add(new Token(word, lemmaOf(word, lemmaParts[0]), tagParts[0], span));
      return;
    }
    String head = word.substring(0, cut);
    String clitic = word.substring(cut);
    String cliticLemma = lemmaParts.length == 2 ? lemmaParts[1] : clitic;
    out.add(
        new Token(
            head,
            lemmaOf(head, lemmaParts[0]),
            tagParts[0],
            new Span(span.start(), span.start() + cut)));
    out.add(
        new Token(
            clitic,
            lemmaOf(clitic, cliticLemma),
            tagParts[1],
            new Span(span.start() + cut, span.end())));
  }

  /** Splits "PROPN+PART" in two; a lone "+" (the token "+" itself) stays whole. */
  private static String[] parts(String combined) {
    String[] parts = combined.split("\\+");
    for (String part : parts) {
      if (part.isEmpty()) {
        return new String[] {combined};
      }
    }
    return parts.length == 0 ? new String[] {combined} : parts;
  }

  /** Where a trailing clitic ('s, n't, 're, 'll, 've, 'd, 'm or a bare ') starts; -1 if none. */
  private static int cliticStart(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String clitic : CLITICS) {
      if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
        return word.length() - clitic.length();
      }
    }
    return -1;
  }

  private static boolean isPunctuationTag(String tag) {
    return "PUNCT".equals(tag) || "SYM".equals(tag);
  }

  private static boolean hasLetter(String word) {
    return word.codePoints().anyMatch(Character::isLetter);
  }

  private static String lemmaOf(String word, String lemma) {
    if (lemma == null || lemma.isBlank() || NO_LEMMA.equals(lemma)) {
      lemma = word;
    }
    return lemma.toLowerCase(Locale.ROOT);
  }
}
