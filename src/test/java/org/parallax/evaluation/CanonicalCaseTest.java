package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.MiniLmEmbedder;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.QuoteChange;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.Verdict;

/**
 * The canonical case of the GUIDE: the Reuters seed (left) against the Diplomat.so seed (right),
 * through the real analyser, embeddings and engine.
 */
class CanonicalCaseTest {

  private static AnalyzedArticle reuters;
  private static AnalyzedArticle diplomat;
  private static Comparison comparison;

  @BeforeAll
  static void compareTheSeeds() throws Exception {
    TextAnalyzer analyzer = TextAnalyzer.create();
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    reuters = analyzer.analyze(SeedPair.reuters(), embedder);
    diplomat = analyzer.analyze(SeedPair.diplomat(), embedder);
    comparison = Engines.standard(true).compare(reuters, diplomat);
  }

  @Test
  void pairsTheMergedLeadWithBothReutersSentences() {
    SentencePair lead = pairHolding(right("The United States is nearing an agreement"));
    assertThat(lead.left())
        .contains(left("The U.S. is nearing a deal with Mali"))
        .contains(left("The U.S. hopes this will lead Mali"));
  }

  @Test
  void pairsTheCheckerMeetingWithTheTwoSentencesItMerges() {
    SentencePair meeting = pairHolding(right("Last month, Senior Bureau Official"));
    assertThat(meeting.left())
        .contains(left("The top U.S. envoy to Africa"))
        .contains(left("The goal was to convey"));
  }

  @Test
  void leavesTheAnalystQuoteAndTheBamakoResidentsOnTheRightOnly() {
    assertThat(comparison.rightOnly())
        .contains(right("This is an important step"))
        .contains(right("Residents in Bamako noted"));
  }

  @Test
  void listsOnlyRightOnlySentencesWithoutAttributionAsUnsourced() {
    assertThat(comparison.rightUnsourced()).isNotEmpty();
    assertThat(comparison.rightOnly()).containsAll(comparison.rightUnsourced());
    assertThat(comparison.rightUnsourced())
        .allMatch(n -> diplomat.sentences().get(n).attributions().isEmpty())
        .doesNotContain(right("said a local security analyst"));
  }

  @Test
  void findsTheQuoteSharedWordForWord() {
    assertThat(comparison.quotes())
        .anyMatch(
            q ->
                q.verbatim()
                    && q.change() == QuoteChange.NONE
                    && q.text().contains("desire to chart a new course"));
  }

  @Test
  void findsTheQuoteWhoseMarksMovedAsAnExtentChange() {
    SharedQuote moved =
        comparison.quotes().stream()
            .filter(q -> q.rightText().startsWith("a step that will improve relations"))
            .findFirst()
            .orElseThrow();
    assertThat(moved.change()).isEqualTo(QuoteChange.EXTENT);
    assertThat(moved.verbatim()).isFalse();
    assertThat(moved.left()).isNotEmpty();
  }

  @Test
  void typesTheChangedTitleOfNickChecker() {
    SentencePair meeting = pairHolding(right("Last month, Senior Bureau Official"));
    assertThat(meeting.differences())
        .anyMatch(
            d ->
                d.type() == DifferenceType.TITLE
                    && d.left().contains("envoy")
                    && d.right().contains("Senior Bureau Official"));
  }

  @Test
  void typesTheAddedNameOfTheDefenceMinister() {
    SentencePair sanctions = pairHolding(right("The development follows"));
    assertThat(sanctions.differences())
        .anyMatch(d -> d.type() == DifferenceType.ENTITY && d.right().contains("Sadio Camara"));
  }

  @Test
  void judgesThatDiplomatDerivesFromReutersWithoutCredit() {
    assertThat(comparison.derivation().verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
    assertThat(comparison.derivation().credited()).isFalse();
    assertThat(comparison.derivation().rightByLeft())
        .isGreaterThan(comparison.derivation().leftByRight());
    assertThat(comparison.derivation().evidence()).anyMatch(e -> e.contains("not credited"));
  }

  private static SentencePair pairHolding(int rightSentence) {
    return comparison.pairs().stream()
        .filter(p -> p.right().contains(rightSentence))
        .findFirst()
        .orElseThrow(() -> new AssertionError("right sentence " + rightSentence + " unpaired"));
  }

  private static int left(String start) {
    return find(reuters, start);
  }

  private static int right(String start) {
    return find(diplomat, start);
  }

  private static int find(AnalyzedArticle article, String fragment) {
    return article.sentences().stream()
        .filter(s -> s.text().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence contains " + fragment))
        .n();
  }

  @SuppressWarnings("unused")
  private static List<Difference> differences(SentencePair pair) {
    return pair.differences();
  }
}
