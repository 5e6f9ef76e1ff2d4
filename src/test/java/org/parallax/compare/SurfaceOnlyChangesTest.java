package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.evaluation.SentenceAnalysis;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;

/**
 * A change of letter case, punctuation or tokenisation alone is no difference, and a ticker one
 * side prints beside a name is no dropped name. Sentences run through the real analysis, since the
 * tokenizer and tagger are where "Firm's" and "firm's" part.
 */
class SurfaceOnlyChangesTest {

  private static final SentenceAnalysis ANALYSIS =
      new SentenceAnalysis(TextAnalyzer.create(), null);

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void capitalisedCommonNounIsNoChangedName() {
    SentenceJudgement judgement =
        judge(
            "Brokers said the U.K. Firm's chief executive would step down after the annual meeting.",
            "Brokers said the U.K. firm's chief executive would step down after the annual meeting.");
    assertThat(judgement.differences()).noneMatch(d -> d.type() == DifferenceType.ENTITY);
  }

  @Test
  void headlineCaseAgainstSentenceCaseIsNoDifference() {
    SentenceJudgement judgement =
        judge(
            "Dutch Brewer Agrees To Buy Danish Rival For 2.1 Billion Crowns",
            "Dutch brewer agrees to buy Danish rival for 2.1 billion crowns");
    assertThat(judgement.differences()).isEmpty();
  }

  @Test
  void tickerOnOneSideIsNoDroppedName() {
    SentenceJudgement judgement =
        judge(
            "Dixons Retail Plc <DXNS.L> said on Thursday that Christmas sales rose 6 percent.",
            "Dixons Retail Plc said on Thursday that Christmas sales rose 6 percent.");
    assertThat(judgement.differences()).isEmpty();
  }

  @Test
  void tickerWithExchangeSuffixOnOneSideIsNoAddedName() {
    SentenceJudgement judgement =
        judge(
            "Shares of Pacific Gas and Electric fell 3 percent in early trading in New York.",
            "Shares of Pacific Gas and Electric <PCG.N> fell 3 percent in early trading in New York.");
    assertThat(judgement.differences())
        .extracting(Difference::right)
        .noneMatch(right -> right.contains("PCG"));
  }

  @Test
  void hyphenatedAgainstSpacedCompoundIsNoDifference() {
    SentenceJudgement judgement =
        judge(
            "The Toronto-based miner cut its full-year output forecast on Tuesday.",
            "The Toronto based miner cut its full year output forecast on Tuesday.");
    assertThat(judgement.differences()).isEmpty();
  }

  @Test
  void nameGoneBesideATickerIsStillADifference() {
    SentenceJudgement judgement =
        judge(
            "Analysts at Barclays said Dixons Retail Plc <DXNS.L> would close 40 stores.",
            "Analysts at Barclays said Kingfisher Plc would close 40 stores.");
    assertThat(judgement.differences()).anyMatch(d -> d.left().contains("Dixons"));
  }

  private SentenceJudgement judge(String left, String right) {
    return engine.judge(ANALYSIS.analyze(left), ANALYSIS.analyze(right));
  }
}
