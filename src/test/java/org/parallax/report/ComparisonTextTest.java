package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTextTest {

  @Test
  void opensWithTheVerdictAndCoverage() {
    String text = ComparisonText.summarize(ComparisonFixtures.small());

    assertThat(text)
        .contains("Verdict: Daily derives from Wire without crediting it (confidence 0.75)")
        .contains("Wire restates Daily in 66% of its text");
  }

  @Test
  void listsPairsWithTheirDifferences() {
    String text = ComparisonText.summarize(ComparisonFixtures.small());

    assertThat(text)
        .contains("[1] changed, similarity 0.81: L0 <-> R0")
        .contains("* number: Number changed: 40 became 45.");
  }

  @Test
  void marksOneSidedClaimsWithoutASource() {
    String text = ComparisonText.summarize(ComparisonFixtures.small());

    assertThat(text)
        .contains("Only in Daily: 1 sentence, 1 of them with no source")
        .contains("R2 [no source]");
  }

  @Test
  void keepsControlAndBidiCharactersOffTheTerminal() {
    var left =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article(
                "l", "A", null, null, "Was 40 \u202Enow. \"x\" said \"we are ready\". C\u0007."));
    var right =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article("r", "B", null, null, "Was 45 now. \"we are ready\". D."));

    String text = ComparisonText.summarize(ComparisonFixtures.comparison(left, right));

    assertThat(text).doesNotContain("\u202E").doesNotContain("\u0007");
  }
}
