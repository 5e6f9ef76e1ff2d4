package org.parallax.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Published;
import org.parallax.model.Quote;
import org.parallax.model.QuoteChange;
import org.parallax.model.Relation;
import org.parallax.model.Review;
import org.parallax.model.Sentence;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedFacts;
import org.parallax.model.SharedQuote;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;
import org.parallax.model.VerbatimPassage;
import org.parallax.model.Verdict;
import org.parallax.model.WordDiff;

/** Comparisons built by hand from the model records, so exports are tested without the engine. */
final class ComparisonFixtures {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+\"?");
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");

  private ComparisonFixtures() {}

  /** Returns an article whose whole text is one body block. */
  static Article article(String id, String outlet, String title, String url, String text) {
    return new Article(
        new ArticleId(id),
        1,
        "0".repeat(64),
        outlet,
        url,
        title,
        "Jane Doe",
        "LONDON",
        Published.on(LocalDate.of(2026, 3, 9)),
        "en",
        text,
        List.of(new Block(BlockKind.BODY, new Span(0, text.length()))),
        new SourceFile(id + ".txt", "a".repeat(64), "text"),
        Instant.parse("2026-03-10T08:00:00Z"));
  }

  /** Splits an article into sentences at end punctuation, finding straight-quoted quotes. */
  static AnalyzedArticle analyze(Article article) {
    List<AnalyzedSentence> sentences = new ArrayList<>();
    Matcher matcher = SENTENCE.matcher(article.text());
    while (matcher.find()) {
      String raw = matcher.group();
      int start = matcher.start() + (raw.length() - raw.stripLeading().length());
      int end = matcher.end();
      Span span = new Span(start, end);
      List<Quote> quotes = new ArrayList<>();
      Matcher quote = QUOTE.matcher(span.of(article.text()));
      while (quote.find()) {
        quotes.add(
            new Quote(
                quote.group(1), null, new Span(start + quote.start(1), start + quote.end(1))));
      }
      Sentence sentence =
          new Sentence(sentences.size(), span, span.of(article.text()), BlockKind.BODY);
      sentences.add(new AnalyzedSentence(sentence, List.of(), List.of(), List.of(), quotes, null));
    }
    return new AnalyzedArticle(article, sentences);
  }

  /**
   * Returns a small comparison: left sentence 0 restated by right 0 (changed: a number), left 1
   * restated by right 1 (same, with a verbatim quote), left 2 only on the left, right 2 only on the
   * right and unsourced.
   */
  static Comparison small() {
    Article left =
        article(
            "left-1",
            "Wire",
            "Bridge to reopen",
            "https://wire.example/bridge",
            "Officials said 40 bridges will reopen on Friday. The mayor said \"we are ready\". "
                + "Rain fell all week, the agency said.");
    Article right =
        article(
            "right-1",
            "Daily",
            "Bridges reopen",
            "https://daily.example/bridges",
            "Officials said 45 bridges will reopen on Friday. The mayor said \"we are ready\". "
                + "\uD83D\uDE00 Nobody knows why.");
    return comparison(analyze(left), analyze(right));
  }

  /** Returns the {@link #small()} comparison's structure over any two three-sentence articles. */
  static Comparison comparison(AnalyzedArticle left, AnalyzedArticle right) {
    String leftText = left.article().text();
    String rightText = right.article().text();
    Span leftNumber = find(leftText, "40");
    Span rightNumber = find(rightText, "45");
    SentencePair changed =
        new SentencePair(
            List.of(0),
            List.of(0),
            Relation.CHANGED,
            0.8123456,
            Map.of("lexical", 0.7, "embedding", 0.9),
            List.of(
                new Difference(
                    DifferenceType.NUMBER,
                    DifferenceChange.CHANGED,
                    "40",
                    "45",
                    null,
                    List.of(leftNumber),
                    List.of(rightNumber))),
            new WordDiff(List.of(leftNumber), List.of(rightNumber)));
    SentencePair same =
        new SentencePair(
            List.of(1),
            List.of(1),
            Relation.SAME,
            1.0,
            Map.of("lexical", 1.0),
            List.of(),
            WordDiff.none());
    SharedQuote quote =
        new SharedQuote(
            "we are ready",
            List.of(1),
            List.of(1),
            true,
            "we are ready",
            "we are ready",
            QuoteChange.NONE,
            find(leftText, "we are ready"),
            find(rightText, "we are ready"));
    Span leftPassage = left.sentences().get(1).sentence().span();
    Span rightPassage = right.sentences().get(1).sentence().span();
    VerbatimPassage passage =
        new VerbatimPassage(leftPassage.of(leftText), 1, 1, leftPassage, rightPassage, 5);
    Derivation derivation =
        new Derivation(
            Verdict.RIGHT_DERIVES_FROM_LEFT,
            0.75,
            0.66,
            0.66,
            0.6,
            Map.of("trigrams", 0.5, "rareRuns", 0.4, "restated", 0.66, "order", 1.0, "quotes", 0.5),
            false,
            false,
            SharedFacts.NONE,
            false,
            List.of("Two of three sentences restate the earlier report in the same order."));
    return new Comparison(
        left,
        right,
        List.of(changed, same),
        List.of(2),
        List.of(2),
        List.of(),
        List.of(2),
        List.of(quote),
        List.of(passage),
        List.of(),
        List.of(),
        derivation,
        Map.of("threshold", "0.5"),
        Review.NONE);
  }

  private static Span find(String text, String word) {
    int at = text.indexOf(word);
    return at < 0 ? new Span(0, 0) : new Span(at, at + word.length());
  }
}
