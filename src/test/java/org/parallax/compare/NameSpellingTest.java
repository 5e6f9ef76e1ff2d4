package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Relation;

/** Spellings of one name that differ only in accents are the same name. */
class NameSpellingTest {

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void nameWithAndWithoutAccentIsTheSameName() {
    SentenceJudgement judgement =
        engine.judge(
            Sentences.of("Colonel Assimi Goïta met the delegation in Bamako on Monday."),
            Sentences.of("Colonel Assimi Goita met the delegation in Bamako on Monday."));
    assertThat(judgement.relation()).isEqualTo(Relation.SAME);
    assertThat(judgement.words().leftOnly()).isEmpty();
  }
}
