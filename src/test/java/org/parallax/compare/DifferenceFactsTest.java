package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

/** The engine states a difference as facts: its side, its values and where its words lie. */
class DifferenceFactsTest {

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void changedNumberPointsAtTheNumberOnBothSides() {
    AnalyzedSentence left = Sentences.of("Customs officers seized 300 kilograms of cocaine.");
    AnalyzedSentence right = Sentences.of("Customs officers seized 450 kilograms of cocaine.");
    Difference number = only(engine.judge(left, right), DifferenceType.NUMBER);

    assertThat(number.change()).isEqualTo(DifferenceChange.CHANGED);
    assertThat(number.leftWords())
        .singleElement()
        .satisfies(s -> assertThat(s.of(left.text())).startsWith("300"));
    assertThat(number.rightWords())
        .singleElement()
        .satisfies(s -> assertThat(s.of(right.text())).startsWith("450"));
  }

  @Test
  void nameOnTheLeftOnlyIsDroppedWithNoWordsOnTheRight() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Customs officers in Rotterdam seized cocaine hidden in banana crates."),
            Sentences.of("Customs officers seized cocaine hidden in banana crates."));
    Difference name = only(judgement, DifferenceType.ENTITY);

    assertThat(name.change()).isEqualTo(DifferenceChange.DROPPED);
    assertThat(name.left()).isEqualTo("Rotterdam");
    assertThat(name.rightWords()).isEmpty();
  }

  @Test
  void anotherWeekdayIsATimeNotAName() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("The authority expects the crest to pass the town on Monday afternoon."),
            Sentences.of("The authority expects the crest to pass the town on Tuesday afternoon."));

    assertThat(judgement.differences()).extracting(Difference::type).contains(DifferenceType.TIME);
    assertThat(judgement.differences())
        .extracting(Difference::type)
        .doesNotContain(DifferenceType.ENTITY);
  }

  private static Difference only(SentenceJudgement judgement, DifferenceType type) {
    return judgement.differences().stream().filter(d -> d.type() == type).findFirst().orElseThrow();
  }
}
