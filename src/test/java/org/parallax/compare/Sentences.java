package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Published;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.testing.Articles;

/**
 * Builds analysed sentences and articles for the engine's tests without the NLP models: words split
 * at spaces and punctuation, lemmas lower-cased with a plural "s" dropped, capitalised words inside
 * a sentence tagged as proper nouns, digits as numbers, a short list of function words.
 */
final class Sentences {

  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}][\\p{L}\\p{N}'.$,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");
  private static final Set<String> FUNCTION =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "that",
          "this", "is", "was", "were", "are", "be", "has", "have", "had", "it", "its", "their",
          "they", "he", "she", "will", "would", "may", "might", "could", "not", "no");

  private Sentences() {}

  /** Returns an article of one body paragraph per sentence, published on {@code date}. */
  static AnalyzedArticle article(String outlet, Published published, List<String> sentences) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (String s : sentences) {
      int start = text.length();
      text.append(s);
      blocks.add(new Block(BlockKind.BODY, new Span(start, text.length())));
      spans.add(new int[] {start, text.length()});
      text.append("\n\n");
    }
    Article article =
        Articles.withId(outlet.toLowerCase(Locale.ROOT))
            .outlet(outlet)
            .published(published)
            .text(text.toString(), blocks)
            .build();
    List<AnalyzedSentence> analyzed = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      analyzed.add(sentence(i, spans.get(i)[0], sentences.get(i)));
    }
    return new AnalyzedArticle(article, analyzed);
  }

  /** Returns the sentence with {@code quoted} (which it must contain) marked as a quotation. */
  static AnalyzedSentence withQuote(AnalyzedSentence sentence, String quoted) {
    int at = sentence.text().indexOf(quoted);
    if (at < 0) {
      throw new IllegalArgumentException(quoted + " not in " + sentence.text());
    }
    int start = sentence.sentence().span().start() + at;
    Quote quote = new Quote(quoted, null, new Span(start, start + quoted.length()));
    return new AnalyzedSentence(
        sentence.sentence(),
        sentence.tokens(),
        sentence.mentions(),
        sentence.attributions(),
        List.of(quote),
        sentence.embedding());
  }

  /** Returns the article with sentence {@code n} replaced. */
  static AnalyzedArticle replace(AnalyzedArticle article, int n, AnalyzedSentence sentence) {
    List<AnalyzedSentence> sentences = new ArrayList<>(article.sentences());
    sentences.set(n, sentence);
    return new AnalyzedArticle(article.article(), sentences);
  }

  /** Returns sentence {@code text} alone, numbered 0 at offset 0. */
  static AnalyzedSentence of(String text) {
    return sentence(0, 0, text);
  }

  /** Returns sentence {@code n} starting at {@code offset} of its article's text. */
  static AnalyzedSentence sentence(int n, int offset, String text) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      Span span = new Span(offset + m.start(), offset + m.start() + word.length());
      String lower = word.toLowerCase(Locale.ROOT);
      String pos;
      if (!Character.isLetterOrDigit(word.charAt(0))) {
        pos = "PUNCT";
      } else if (Character.isDigit(word.charAt(0)) || word.startsWith("$")) {
        pos = "NUM";
        mentions.add(new Mention(MentionType.NUMBER, word, lower.replace(",", ""), span));
      } else if (FUNCTION.contains(lower)) {
        pos = "DET";
      } else if (Character.isUpperCase(word.charAt(0)) && m.start() > 0) {
        pos = "PROPN";
      } else {
        pos = "NOUN";
      }
      String lemma =
          lower.length() > 3 && lower.endsWith("s") && !"PROPN".equals(pos)
              ? lower.substring(0, lower.length() - 1)
              : lower;
      tokens.add(new Token(word, lemma, pos, span));
    }
    Sentence sentence =
        new Sentence(n, new Span(offset, offset + text.length()), text, BlockKind.BODY);
    return new AnalyzedSentence(sentence, tokens, mentions, List.of(), List.of(), null);
  }
}
