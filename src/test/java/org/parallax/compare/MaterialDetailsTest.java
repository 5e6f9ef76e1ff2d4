package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.Relation;

/** Which words one side holds alone are reported as an omitted or added detail, and which not. */
class MaterialDetailsTest {

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void rewordingInThePlaceOfAPhraseIsNoDetailAndLeavesTheClaimTheSame() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "Officials in the province praised the move, describing it as a step"
                    + " toward peace in the region."),
            Sentences.of(
                "Officials in the province issued a statement calling it a step"
                    + " toward peace in the region."));
    assertThat(judgement.differences()).noneMatch(MaterialDetailsTest::isDetail);
    assertThat(judgement.relation()).isEqualTo(Relation.SAME);
  }

  @Test
  void rewordingThatMovedToAnotherPlaceIsNoOmissionPlusAddition() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "The ministry, citing new security concerns, suspended the flights on"
                    + " Sunday."),
            Sentences.of(
                "The ministry suspended the flights on Sunday, citing fresh safety" + " worries."));
    assertThat(judgement.differences()).noneMatch(MaterialDetailsTest::isDetail);
    assertThat(judgement.relation()).isEqualTo(Relation.SAME);
  }

  @Test
  void droppedClauseIsAnOmission() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "Rescue teams used helicopters to reach farmers stranded on rooftops"
                    + " near the dam."),
            Sentences.of("Rescue teams used helicopters near the dam."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences())
        .anyMatch(d -> d.type() == DifferenceType.OMISSION && d.left().contains("farmers"));
  }

  @Test
  void droppedNameIsReported() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "Rescue teams led by Maria Lopez used helicopters to reach farmers near"
                    + " the dam."),
            Sentences.of("Rescue teams used helicopters to reach farmers near the dam."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences()).anyMatch(d -> d.left().contains("Lopez"));
  }

  @Test
  void droppedNumberIsReported() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "Flooding forced 2,000 residents of riverside villages to leave their" + " homes."),
            Sentences.of("Flooding forced residents of riverside villages to leave their homes."));
    assertThat(judgement.relation()).isEqualTo(Relation.CHANGED);
    assertThat(judgement.differences()).anyMatch(d -> d.left().contains("2,000"));
  }

  @Test
  void detailsWithNothingSharedBetweenThemAreOneOmission() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of(
                "The governor declared a state of emergency after a cabinet meeting"
                    + " that was to have been held in secret."),
            Sentences.of("The governor declared a state of emergency."));
    assertThat(judgement.differences())
        .filteredOn(MaterialDetailsTest::isDetail)
        .singleElement()
        .extracting(Difference::left)
        .asString()
        .contains("cabinet")
        .contains("secret");
  }

  private static boolean isDetail(Difference d) {
    return d.type() == DifferenceType.OMISSION || d.type() == DifferenceType.ADDITION;
  }
}
