package org.parallax.ui.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionKind;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Published;
import org.parallax.model.QuoteChange;
import org.parallax.model.Relation;
import org.parallax.model.Review;
import org.parallax.model.Sentence;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedFacts;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;
import org.parallax.model.Verdict;
import org.parallax.model.WordDiff;

/** A small comparison built by hand: test data for view models before the engine is wired. */
public final class HandMadeComparison {

  static final String[] WIRE = {
    "The envoy visited Bamako on Monday, the sources said.",
    "He said the talks were \"a step toward trust\" between the two.",
    "Mali is a landlocked country in the Sahel."
  };
  static final String[] SITE = {
    "The senior official visited Bamako on Monday, the sources said.",
    "He said the talks were \"a step toward trust\" between the two.",
    "Analysts say the deal will not last."
  };

  private HandMadeComparison() {}

  public static Comparison build() {
    AnalyzedArticle left = analysed("Wire", WIRE, LocalDate.of(2026, 3, 9));
    AnalyzedArticle right = analysed("Site", SITE, LocalDate.of(2026, 3, 10));
    Span envoy = span(left, 0, "envoy");
    Span senior = span(right, 0, "senior official");
    SentencePair changed =
        new SentencePair(
            List.of(0),
            List.of(0),
            Relation.CHANGED,
            0.82,
            Map.of("words", 0.7, "meaning", 0.9),
            List.of(
                new Difference(
                    DifferenceType.TITLE,
                    DifferenceChange.CHANGED,
                    "envoy",
                    "senior official",
                    null,
                    List.of(envoy),
                    List.of(senior))),
            new WordDiff(List.of(envoy), List.of(senior)));
    SentencePair same =
        new SentencePair(
            List.of(1),
            List.of(1),
            Relation.SAME,
            1.0,
            Map.of("words", 1.0),
            List.of(),
            WordDiff.none());
    SharedQuote quote =
        new SharedQuote(
            "a step toward trust",
            List.of(1),
            List.of(1),
            true,
            "a step toward trust",
            "a step toward trust",
            QuoteChange.NONE,
            span(left, 1, "a step toward trust"),
            span(right, 1, "a step toward trust"));
    return new Comparison(
        left,
        right,
        List.of(changed, same),
        List.of(2),
        List.of(2),
        List.of(2),
        List.of(2),
        List.of(quote),
        List.of(),
        List.of(),
        List.of(),
        new Derivation(
            Verdict.RIGHT_DERIVES_FROM_LEFT,
            0.9,
            0.66,
            0.66,
            0.6,
            Map.of(),
            false,
            false,
            SharedFacts.NONE,
            false,
            List.of("Same order")),
        Map.of(),
        Review.NONE);
  }

  private static Span span(AnalyzedArticle article, int n, String words) {
    Sentence sentence = article.sentences().get(n).sentence();
    int at = sentence.text().indexOf(words);
    return new Span(sentence.span().start() + at, sentence.span().start() + at + words.length());
  }

  private static AnalyzedArticle analysed(String outlet, String[] sentences, LocalDate date) {
    String text = String.join(" ", sentences);
    List<AnalyzedSentence> analysed = new ArrayList<>();
    int at = 0;
    for (int n = 0; n < sentences.length; n++) {
      Span span = new Span(at, at + sentences[n].length());
      List<Attribution> sources =
          sentences[n].contains("sources said")
              ? List.of(new Attribution(AttributionKind.ANONYMOUS, "the sources", "said", span))
              : List.of();
      analysed.add(
          new AnalyzedSentence(
              new Sentence(n, span, sentences[n], BlockKind.BODY),
              List.of(),
              List.of(),
              sources,
              List.of(),
              null));
      at = span.end() + 1;
    }
    Article article =
        new Article(
            new ArticleId(outlet.toLowerCase(java.util.Locale.ROOT)),
            1,
            "0",
            outlet,
            null,
            outlet + " report",
            null,
            "BAMAKO",
            Published.on(date),
            "en",
            text,
            List.of(new Block(BlockKind.BODY, new Span(0, text.length()))),
            null,
            Instant.EPOCH);
    return new AnalyzedArticle(article, analysed);
  }
}
