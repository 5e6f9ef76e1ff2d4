package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonViewModelTest {

  private final ComparisonViewModel viewModel = new ComparisonViewModel(HandMadeComparison.build());

  @Test
  void givesEachSentenceTheStyleOfItsRelation() {
    PaneDocument left = viewModel.document(Side.LEFT);

    assertThat(left.paragraphClasses().get(0)).contains(ClaimStyles.CHANGED);
    assertThat(left.paragraphClasses().get(1)).contains(ClaimStyles.SHARED);
    assertThat(left.paragraphClasses().get(2))
        .contains(ClaimStyles.ONLY_HERE, ClaimStyles.UNSOURCED);
  }

  @Test
  void putsOneSentencePerParagraph() {
    PaneDocument right = viewModel.document(Side.RIGHT);

    assertThat(right.text().split("\n")).containsExactly(HandMadeComparison.SITE);
  }

  @Test
  void marksWordsTheOtherSideLacks() {
    PaneDocument left = viewModel.document(Side.LEFT);
    PaneDocument right = viewModel.document(Side.RIGHT);

    assertThat(left.classesAt(left.text().indexOf("envoy"))).contains(ClaimStyles.WORD_DROPPED);
    assertThat(right.classesAt(right.text().indexOf("senior"))).contains(ClaimStyles.WORD_ADDED);
    assertThat(right.classesAt(right.text().indexOf("Bamako"))).isEmpty();
  }

  @Test
  void underlinesQuotesCopiedWordForWord() {
    PaneDocument right = viewModel.document(Side.RIGHT);

    assertThat(right.classesAt(right.text().indexOf("step toward")))
        .contains(ClaimStyles.QUOTE_VERBATIM);
  }

  @Test
  void listsTypedChangesAndOneSidedSentencesInReadingOrder() {
    assertThat(viewModel.differences())
        .extracting(DifferenceItem::label)
        .containsExactly("Title changed", "Only in Site · no source", "Only in Wire · no source");
  }

  @Test
  void nextDifferenceSelectsTheFollowingOneAndItsSentences() {
    viewModel.nextDifference();
    viewModel.nextDifference();

    assertThat(viewModel.getSelectedDifference()).isEqualTo(1);
    assertThat(viewModel.getSelection().right()).containsExactly(2);
    assertThat(viewModel.getSelection().left()).isEmpty();
  }

  @Test
  void previousDifferenceStopsAtTheFirst() {
    viewModel.previousDifference();
    viewModel.previousDifference();

    assertThat(viewModel.getSelectedDifference()).isZero();
  }

  @Test
  void clickingASentenceSelectsItsPartner() {
    viewModel.selectSentence(Side.RIGHT, 1);

    assertThat(viewModel.getSelection().left()).containsExactly(1);
    assertThat(viewModel.getSelection().pairIndex()).isEqualTo(1);
  }

  @Test
  void detailsNameTheSourcesOfEachSide() {
    viewModel.selectSentence(Side.LEFT, 0);

    PairDetails details = viewModel.details().orElseThrow();
    assertThat(details.similarity()).isEqualTo(0.82);
    assertThat(details.leftSources()).containsExactly("anonymous: the sources (said)");
    assertThat(details.differences())
        .containsExactly("Title changed: envoy became senior official.");
  }

  @Test
  void keepsAOneSidedSentenceLevelWithThePartnerAboveIt() {
    assertThat(viewModel.partnerOf(Side.RIGHT, 2)).isEqualTo(1);
  }

  @Test
  void saysWhoDerivesFromWhomAndWhetherCredited() {
    assertThat(viewModel.verdictHeadline())
        .isEqualTo("Site derives from Wire without crediting it");
    assertThat(viewModel.verdictSummary()).contains("confidence 0.90", "1 quote word for word");
  }
}
