package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.Relation;

/** Contrary predicates in otherwise shared claims: "rises" against "falls". */
class ContraryWordingTest {

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void risingAgainstFallingIsAContraryDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The copper price rises sharply in early trading in London."),
            Sentences.of("The copper price falls sharply in early trading in London."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences())
        .filteredOn(d -> d.type() == DifferenceType.CONTRARY)
        .singleElement()
        .extracting(Difference::left, Difference::right)
        .containsExactly("rises", "falls");
  }

  @Test
  void approvingAgainstRejectingIsAContraryDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The upper house approves the budget bill after a long debate."),
            Sentences.of("The upper house rejects the budget bill after a long debate."));
    assertThat(judgement.differences()).anyMatch(d -> d.type() == DifferenceType.CONTRARY);
  }

  @Test
  void contraryWordsLeftInflectedByTheLemmatizerAreStillFound() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Four protesters were acquitted of terrorism charges by the jury."),
            Sentences.of("Four protesters were convicted of terrorism charges by the jury."));
    assertThat(judgement.differences())
        .anyMatch(d -> d.type() == DifferenceType.CONTRARY && d.left().equals("acquitted"));
  }

  @Test
  void negatedContraryIsNeitherContraryNorNegation() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The copper price did not rise in early trading in London."),
            Sentences.of("The copper price falls in early trading in London."));
    assertThat(judgement.differences())
        .noneMatch(d -> d.type() == DifferenceType.CONTRARY || d.type() == DifferenceType.NEGATION);
  }

  @Test
  void contraryUnderNegationOnBothSidesStaysContrary() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The copper price did not rise in early trading in London."),
            Sentences.of("The copper price did not fall in early trading in London."));
    assertThat(judgement.differences()).anyMatch(d -> d.type() == DifferenceType.CONTRARY);
  }

  @Test
  void atLeastAgainstMoreThanIsNoContraryDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("At least 20 people were killed when the bridge collapsed near the port."),
            Sentences.of(
                "More than 20 people were killed when the bridge collapsed near the port."));
    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.CONTRARY);
  }

  @Test
  void wordsOfOnePoleAreNoContraryDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The copper price rises sharply in early trading in London."),
            Sentences.of("The copper price climbs sharply in early trading in London."));
    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.CONTRARY);
  }

  @Test
  void contraryWordsInDifferentPlacesAreNoContraryDifference() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Exports rise in March while the port stays busy after the strike."),
            Sentences.of("Exports rise in March while the port stays busy after imports fall."));
    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.CONTRARY);
  }
}
