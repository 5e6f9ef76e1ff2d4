package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.testing.Articles;

class SentenceSplittingTest {

  private static List<String> sentences(String text) {
    return SharedAnalyzer.get().analyze(Articles.body(text)).sentences().stream()
        .map(AnalyzedSentence::text)
        .toList();
  }

  @Test
  void keepsDepartmentAbbreviationInsideSentence() {
    assertThat(sentences("The Dept. of Energy issued the rules. Nobody objected."))
        .containsExactly("The Dept. of Energy issued the rules.", "Nobody objected.");
  }

  @Test
  void keepsMonthAbbreviationInsideSentence() {
    assertThat(sentences("The talks began on Jan. 5 in Geneva. They ended a week later."))
        .containsExactly("The talks began on Jan. 5 in Geneva.", "They ended a week later.");
  }

  @Test
  void keepsDottedAcronymInsideSentence() {
    assertThat(sentences("The U.S. Army and the U.N. mission left Gao. Fighting resumed."))
        .containsExactly("The U.S. Army and the U.N. mission left Gao.", "Fighting resumed.");
  }

  @Test
  void keepsTitleAbbreviationInsideSentence() {
    assertThat(sentences("Mr. Smith met Dr. Jones and Gen. Allen on Monday. They spoke."))
        .containsExactly("Mr. Smith met Dr. Jones and Gen. Allen on Monday.", "They spoke.");
  }

  @Test
  void keepsDecimalAmountsInsideSentence() {
    assertThat(sentences("The fund paid $1.5 million, up 3.5 percent. Shares fell."))
        .containsExactly("The fund paid $1.5 million, up 3.5 percent.", "Shares fell.");
  }

  @Test
  void keepsMiddleInitialInsideSentence() {
    assertThat(sentences("John F. Kennedy Airport was closed. Flights were diverted."))
        .containsExactly("John F. Kennedy Airport was closed.", "Flights were diverted.");
  }

  @Test
  void splitsAfterAcronymWhenNextWordStartsASentence() {
    assertThat(sentences("He moved to the U.S. The next day he left for Boston."))
        .containsExactly("He moved to the U.S.", "The next day he left for Boston.");
  }

  @Test
  void keepsClosingQuoteWithTheSentenceItCloses() {
    assertThat(sentences("She said: \"We will go.\" Then they left."))
        .containsExactly("She said: \"We will go.\"", "Then they left.");
  }

  @Test
  void keepsQuestionInQuotesWithItsSpeaker() {
    assertThat(sentences("\"Why now?\" he asked. Nobody answered."))
        .containsExactly("\"Why now?\" he asked.", "Nobody answered.");
  }

  @Test
  void neverCrossesBlocks() {
    assertThat(sentences("The talks stalled on Jan.\n\n5 people were hurt in the blast."))
        .containsExactly("The talks stalled on Jan.", "5 people were hurt in the blast.");
  }
}
