package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Published;
import org.parallax.model.QuoteChange;
import org.parallax.model.SharedQuote;
import org.parallax.model.Verdict;

/** Document-level findings: quotes, passages, unsourced sentences and credit. */
class DocumentFindingsTest {

  private static final String SOURCE_QUOTE =
      "The ministry welcomed the decision as a step that would help improve relations"
          + " between the two countries after years of tension.";
  private static final String DERIVED_QUOTE =
      "The ministry called the decision a step that will improve relations between the two"
          + " countries after years of tension.";

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void quoteWhoseMarksTakeInMoreWordsIsAnExtentChange() {
    Comparison comparison =
        engine.compare(
            quoted("Wire", SOURCE_QUOTE, "improve relations between the two countries"),
            quoted(
                "Daily",
                DERIVED_QUOTE,
                "a step that will improve relations between the two countries"));
    SharedQuote quote = comparison.quotes().get(0);
    assertThat(quote.change()).isEqualTo(QuoteChange.EXTENT);
    assertThat(quote.verbatim()).isFalse();
    assertThat(quote.left()).containsExactly(0);
    assertThat(quote.right()).containsExactly(0);
  }

  @Test
  void sharedQuoteKeepsWhereTheMatcherFoundItOnEachSide() {
    AnalyzedArticle wire =
        quoted("Wire", SOURCE_QUOTE, "improve relations between the two countries");
    AnalyzedArticle daily =
        quoted(
            "Daily", DERIVED_QUOTE, "a step that will improve relations between the two countries");
    SharedQuote quote = engine.compare(wire, daily).quotes().get(0);
    assertThat(quote.leftSpan()).isEqualTo(wire.sentences().get(0).quotes().get(0).span());
    assertThat(quote.rightSpan()).isEqualTo(daily.sentences().get(0).quotes().get(0).span());
  }

  @Test
  void oneSidedQuoteHasNoPositionOnTheSideThatLacksIt() {
    Comparison comparison =
        engine.compare(
            quoted("Wire", SOURCE_QUOTE, "improve relations between the two countries"),
            Sentences.article("Daily", null, List.of(DERIVED_QUOTE)));
    assertThat(comparison.quotes().get(0).leftSpan()).isNotNull();
    assertThat(comparison.quotes().get(0).rightSpan()).isNull();
  }

  @Test
  void quoteWithTheSameWordsIsVerbatim() {
    Comparison comparison =
        engine.compare(
            quoted("Wire", SOURCE_QUOTE, "improve relations between the two countries"),
            quoted("Daily", DERIVED_QUOTE, "improve relations between the two countries"));
    assertThat(comparison.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.change()).isEqualTo(QuoteChange.NONE))
        .satisfies(q -> assertThat(q.verbatim()).isTrue());
  }

  @Test
  void quoteOnOneSideOnlyIsOneSided() {
    Comparison comparison =
        engine.compare(
            quoted("Wire", SOURCE_QUOTE, "improve relations between the two countries"),
            Sentences.article("Daily", null, List.of(DERIVED_QUOTE)));
    assertThat(comparison.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.change()).isEqualTo(QuoteChange.ONE_SIDED))
        .satisfies(q -> assertThat(q.right()).isEmpty());
  }

  @Test
  void sixSharedWordsInARowAreAVerbatimPassage() {
    Comparison comparison =
        engine.compare(
            Sentences.article("Wire", null, List.of(SOURCE_QUOTE)),
            Sentences.article("Daily", null, List.of(DERIVED_QUOTE)));
    assertThat(comparison.passages())
        .first()
        .satisfies(
            p ->
                assertThat(p.text())
                    .isEqualTo(
                        "improve relations between the two countries after years of tension"))
        .satisfies(p -> assertThat(p.words()).isEqualTo(10));
  }

  @Test
  void oneSidedSentenceWithoutAttributionIsUnsourced() {
    Comparison comparison =
        engine.compare(
            Sentences.article(
                "Wire", Published.on(LocalDate.of(2026, 3, 9)), List.of(SOURCE_QUOTE)),
            Sentences.article(
                "Daily",
                Published.on(LocalDate.of(2026, 3, 10)),
                List.of(DERIVED_QUOTE, "Residents queued for bread outside shuttered bakeries.")));
    assertThat(comparison.rightOnly()).containsExactly(1);
    assertThat(comparison.rightUnsourced()).containsExactly(1);
  }

  @Test
  void unsourcedClaimsAreListedOnTheDerivedSideOnly() {
    Comparison comparison =
        engine.compare(
            Sentences.article(
                "Wire",
                Published.on(LocalDate.of(2026, 3, 9)),
                List.of(SOURCE_QUOTE, "Residents queued for bread outside shuttered bakeries.")),
            Sentences.article(
                "Daily", Published.on(LocalDate.of(2026, 3, 10)), List.of(SOURCE_QUOTE)));
    assertThat(comparison.derivation().verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
    assertThat(comparison.leftOnly()).containsExactly(1);
    assertThat(comparison.leftUnsourced()).isEmpty();
  }

  @Test
  void derivedReportNamingTheSourceOutletCreditsIt() {
    AnalyzedArticle source =
        Sentences.article(
            "Wire", Published.on(LocalDate.of(2026, 3, 9)), List.of(SOURCE_QUOTE, SOURCE_QUOTE));
    AnalyzedArticle derived =
        Sentences.article(
            "Daily",
            Published.on(LocalDate.of(2026, 3, 10)),
            List.of(DERIVED_QUOTE, "The talks were first reported by Wire on Monday."));
    Comparison comparison = engine.compare(source, derived);
    assertThat(comparison.derivation().verdict().isDerivation()).isTrue();
    assertThat(comparison.derivation().credited()).isTrue();
  }

  private static AnalyzedArticle quoted(String outlet, String text, String quoted) {
    AnalyzedArticle article = Sentences.article(outlet, null, List.of(text));
    return Sentences.replace(article, 0, Sentences.withQuote(article.sentences().get(0), quoted));
  }
}
