package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Published;
import org.parallax.model.Verdict;

/** Copy evidence: what the reuse score weighs, boilerplate, template stories, versions, credit. */
class CopyEvidenceTest {

  private static final List<String> STORY =
      List.of(
          "The harbour authority closed the northern breakwater after storm waves cracked its"
              + " concrete crown on Tuesday night.",
          "Engineers found a fissure nearly forty metres long running beside the old lighthouse.",
          "Ferries to the islands will sail from the southern quay until repairs are finished.");

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void wordForWordCopyScoresFullReuse() {
    Derivation d =
        engine.compare(article("Wire", 9, STORY), article("Daily", 10, STORY)).derivation();
    assertThat(d.reuse()).isEqualTo(1.0);
    assertThat(d.signals()).containsEntry("trigrams", 1.0);
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
  }

  @Test
  void boilerplateRunsAreNotEvidence() {
    StockPhrases everything = words -> true;
    Comparison comparison =
        engine.compare(article("Wire", 9, STORY), article("Daily", 10, STORY), everything);
    assertThat(comparison.derivation().signals()).containsEntry("trigrams", 0.0);
    assertThat(comparison.derivation().verdict()).isNotEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
    assertThat(comparison.rightBoilerplate()).hasSize(STORY.size());
  }

  @Test
  void sameTemplateAboutDifferentCompaniesIsIndependent() {
    AnalyzedArticle first =
        titled(
            article("Wire", 9, List.of("Jamesway Corp said its March sales rose 15 pct.")),
            "JAMESWAY MARCH SALES UP 15 PCT");
    AnalyzedArticle second =
        titled(
            article("Wire", 9, List.of("Shoetown Inc said its March sales rose 19 pct.")),
            "SHOETOWN MARCH SALES RISE 19 PCT");
    // Common words weigh little, as in any real IDF table; the companies' names are rare.
    ComparisonEngine withIdf =
        ComparisonEngine.builder()
            .idf(
                Map.of("march", 1.0, "sales", 1.0, "up", 0.5, "rise", 1.0, "pct", 1.0, "15", 1.0),
                10.0)
            .build();
    Derivation d = withIdf.compare(first, second).derivation();
    assertThat(d.verdict()).isEqualTo(Verdict.INDEPENDENT);
    assertThat(d.evidence().get(0)).startsWith("Different stories");
    assertThat(withIdf.centresApart(first.article(), second.article(), StockPhrases.NONE)).isTrue();
  }

  @Test
  void noticesWhoseTextNamesNothingCentreOnTheirHeadlinesAlone() {
    List<String> notice = List.of("Qtly div 12-1/2 cts vs 12-1/2 cts", "Pay March 31", "Reuter");
    AnalyzedArticle greenTree =
        titled(article("Wire", 9, notice), "GREEN TREE ACCEPTANCE INC SETS DIVIDEND");
    AnalyzedArticle maui =
        titled(article("Wire", 9, notice), "MAUI LAND AND PINEAPPLE CO QUARTERLY DIVIDEND");
    AnalyzedArticle resent =
        titled(article("Wire", 9, notice), "GREEN TREE ACCEPTANCE SETS QUARTERLY DIVIDEND");
    // A workspace in which the notices' wording is common and the companies' names rare.
    Set<String> common = Set.of("inc", "co", "sets", "quarterly", "dividend", "div", "reuter");
    StockPhrases workspace =
        new StockPhrases() {
          @Override
          public boolean isStock(List<String> words) {
            return false;
          }

          @Override
          public boolean isCommon(String word) {
            return common.contains(word);
          }

          @Override
          public boolean knowsWords() {
            return true;
          }
        };

    assertThat(engine.centresApart(greenTree.article(), maui.article(), workspace)).isTrue();
    assertThat(engine.centresApart(greenTree.article(), resent.article(), workspace)).isFalse();
    assertThat(engine.centresApart(greenTree.article(), maui.article(), StockPhrases.NONE))
        .as("without the workspace's word counts nothing says the headlines' words are rare")
        .isFalse();
  }

  @Test
  void aTextThatNamesItsSubjectIsNotSplitByATypingSlipInItsHeadline() {
    List<String> story =
        List.of("The Commerce Department said housing completions fell 0.2 pct in January.");
    AnalyzedArticle slip = titled(article("Wire", 9, story), "U.S. HOSUING COMPLETIONS FELL");
    AnalyzedArticle fixed =
        titled(article("Wire", 9, story), "U.S. HOUSING COMPLETIONS FELL IN JAN");
    StockPhrases rareWords =
        new StockPhrases() {
          @Override
          public boolean isStock(List<String> words) {
            return false;
          }

          @Override
          public boolean knowsWords() {
            return true;
          }
        };

    assertThat(engine.centresApart(slip.article(), fixed.article(), rareWords)).isFalse();
  }

  @Test
  void headlinesWithDifferentStockCodesCentreOnDifferentCompanies() {
    AnalyzedArticle first =
        titled(
            article("Wire", 9, List.of("Duff and Phelps said it raised Baxter's senior debt.")),
            "DUFF AND PHELPS UPGRADES BAXTER <BAX>");
    AnalyzedArticle second =
        titled(
            article("Wire", 9, List.of("Duff and Phelps said it raised Philip Morris's debt.")),
            "DUFF AND PHELPS UPGRADES PHILIP MORRIS <MO.N>");
    AnalyzedArticle again =
        titled(
            article("Wire", 9, List.of("Duff and Phelps said it raised Baxter's senior debt.")),
            "DUFF AND PHELPS RAISES BAXTER <BAX.N> DEBT");
    assertThat(engine.centresApart(first.article(), second.article(), StockPhrases.NONE)).isTrue();
    assertThat(engine.centresApart(first.article(), again.article(), StockPhrases.NONE)).isFalse();
  }

  @Test
  void laterStoryOfTheSameOutletIsAVersionNotUncredited() {
    Derivation d =
        engine
            .compare(article("Wire", 9, STORY), article("Wire", 10, STORY.subList(0, 2)))
            .derivation();
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
    assertThat(d.version()).isTrue();
    assertThat(d.credited()).isTrue();
  }

  @Test
  void creditIsUncheckedWhenTheSourceOutletIsUnknown() {
    AnalyzedArticle source = article("Wire", 9, STORY);
    AnalyzedArticle unknownOutlet =
        new AnalyzedArticle(source.article().withOutlet(null).withTitle(null), source.sentences());
    Derivation d = engine.compare(unknownOutlet, article("Daily", 10, STORY)).derivation();
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
    assertThat(d.credited()).isNull();
    assertThat(d.evidence()).anyMatch(e -> e.contains("could not be checked"));
  }

  @Test
  void swappingTheReportsMirrorsTheVerdictAndReuse() {
    AnalyzedArticle a = article("Wire", 9, STORY);
    AnalyzedArticle b = article("Daily", 10, STORY.subList(0, 2));
    Derivation forward = engine.compare(a, b).derivation();
    Derivation back = engine.compare(b, a).derivation();
    assertThat(back.verdict()).isEqualTo(forward.verdict().mirrored());
    assertThat(back.reuse()).isEqualTo(forward.reuse());
  }

  @Test
  void oneTemplateFilledWithOtherFiguresIsNotACopy() {
    Derivation d =
        engine
            .compare(
                article("Wire", 9, floodReport("3.2", "41", "30")),
                article("Daily", 10, floodReport("2.7", "58", "18")))
            .derivation();
    assertThat(d.facts().claims()).isEqualTo(3);
    assertThat(d.facts().changedClaims()).isEqualTo(3);
    assertThat(d.verdict()).isEqualTo(Verdict.INDEPENDENT);
    assertThat(d.evidence().get(0))
        .startsWith("The same wording with other figures: in 3 of the 3");
  }

  @Test
  void aCopyWithOneCorrectedFigureIsStillDerived() {
    List<String> corrected = new ArrayList<>(floodReport("3.2", "41", "30"));
    corrected.set(0, corrected.get(0).replace("3.2", "3.4"));
    Derivation d =
        engine
            .compare(
                article("Wire", 9, floodReport("3.2", "41", "30")), article("Daily", 10, corrected))
            .derivation();
    assertThat(d.facts().changedClaims()).isEqualTo(1);
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
  }

  /** A river authority's daily bulletin: fixed wording, three slots. */
  private static List<String> floodReport(String metres, String homes, String hours) {
    return List.of(
        "The river authority said the water at the Kellerbridge gauge stood at "
            + metres
            + " metres above its summer mark at noon.",
        "Crews moved sandbags to " + homes + " homes on the lower embankment overnight.",
        "The authority expects the crest to pass the town within " + hours + " hours.");
  }

  private static AnalyzedArticle article(String outlet, int day, List<String> sentences) {
    return Sentences.article(outlet, Published.on(LocalDate.of(2026, 3, day)), sentences);
  }

  private static AnalyzedArticle titled(AnalyzedArticle article, String title) {
    return new AnalyzedArticle(article.article().withTitle(title), article.sentences());
  }
}
