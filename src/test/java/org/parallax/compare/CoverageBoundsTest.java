package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Published;

/** Bounds of the coverage another similarity model could give, from the lexical analysis. */
class CoverageBoundsTest {

  private static final String SHARED =
      "Firefighters fought the warehouse blaze in Valparaiso for nine hours.";
  private static final String REWORDED = "Firemen fought the warehouse blaze through the night.";
  private static final String SOURCE_ONLY = "Customs figures show wheat exports rose last year.";
  private static final String UNRELATED = "An orchestra opened its season in Tallinn on Friday.";

  private final ComparisonEngine engine = ComparisonEngine.builder().useEmbeddings(false).build();

  private static AnalyzedArticle report(String outlet, List<String> sentences) {
    return Sentences.article(outlet, Published.on(LocalDate.of(2026, 3, 3)), sentences);
  }

  @Test
  void sentencesSharingNoContentWordCannotAlignUnderAnyModel() {
    CoverageBound most =
        engine.mostCoverage(
            report("Wire", List.of(SHARED, SOURCE_ONLY)), report("Paper", List.of(UNRELATED)));

    assertThat(most.rightByLeft()).isZero();
  }

  @Test
  void sentenceSharingEnoughWordsCountsTowardsTheMostCovered() {
    CoverageBound most =
        engine.mostCoverage(
            report("Wire", List.of(SHARED, SOURCE_ONLY)),
            report("Paper", List.of(REWORDED, UNRELATED)));

    // The reworded sentence shares three of its words and could align; the unrelated one cannot.
    assertThat(most.rightByLeft()).isGreaterThan(0).isLessThan(1);
  }

  @Test
  void theMostCoveredIsNeverBelowTheCoverageFound() {
    AnalyzedArticle wire = report("Wire", List.of(SHARED, SOURCE_ONLY));
    AnalyzedArticle paper = report("Paper", List.of(SHARED, REWORDED, UNRELATED));
    Comparison comparison = engine.compare(wire, paper);
    CoverageBound most = engine.mostCoverage(wire, paper);

    assertThat(most.leftByRight()).isGreaterThanOrEqualTo(comparison.derivation().leftByRight());
    assertThat(most.rightByLeft()).isGreaterThanOrEqualTo(comparison.derivation().rightByLeft());
  }

  @Test
  void onlyPairsOfTheSameContentWordsCountTowardsTheLeastCovered() {
    AnalyzedArticle wire = report("Wire", List.of(SHARED, SOURCE_ONLY));
    AnalyzedArticle paper = report("Paper", List.of(SHARED, UNRELATED));

    CoverageBound least = engine.leastCoverage(engine.compare(wire, paper));

    // The shared sentence has 10 words; the wire's other has 8, the paper's 9.
    assertThat(least.leftByRight()).isCloseTo(10.0 / 18, within(1e-9));
    assertThat(least.rightByLeft()).isCloseTo(10.0 / 19, within(1e-9));
  }
}
