package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.compare.SentenceJudgement;
import org.parallax.model.DifferenceType;

/** A person's role changing between two reports is a title difference (real analysis). */
class TitleChangeTest {

  private static final ComparisonService SERVICE = ComparisonService.withoutEmbeddings();

  @Test
  void roleWhoseQualifierAppearsElsewhereOnTheOtherSideStillChanged() {
    SentenceJudgement judgement =
        SERVICE.judgeTexts(
            "Crowds in Kenya cheered President Daniel Moi at the rally in Nairobi.",
            "Crowds cheered Kenya opposition leader Daniel Moi at the rally in Nairobi.");

    assertThat(judgement.differences())
        .anyMatch(
            d ->
                d.type() == DifferenceType.TITLE
                    && d.left().contains("President")
                    && d.right().contains("leader"));
  }

  @Test
  void sameRoleWithAnotherQualifierIsNoTitleChange() {
    SentenceJudgement judgement =
        SERVICE.judgeTexts(
            "Foreign Minister Ana Ruiz arrived in Lima on Monday.",
            "Peruvian Foreign Minister Ana Ruiz arrived in Lima on Monday.");

    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.TITLE);
  }
}
