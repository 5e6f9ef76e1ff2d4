package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Quote;
import org.parallax.testing.Articles;

class QuoteTest {

  private static List<AnalyzedSentence> analyze(String text) {
    return SharedAnalyzer.get().analyze(Articles.body(text)).sentences();
  }

  @Test
  void findsQuoteOpenedStraightAndClosedCurly() {
    List<Quote> quotes =
        analyze("The mayor called it \"a turning point for the city\u201D on Friday.")
            .get(0)
            .quotes();
    assertThat(quotes).extracting(Quote::text).containsExactly("a turning point for the city");
  }

  @Test
  void findsQuoteWithEscapedMarks() {
    String text = "The sign read \\\"No entry after dark\\\" in red letters.";
    Quote quote = analyze(text).get(0).quotes().get(0);
    assertThat(quote.text()).isEqualTo("No entry after dark");
    assertThat(quote.span().of(text)).isEqualTo("No entry after dark");
  }

  @Test
  void creditsQuoteToSpeakerAfterIt() {
    Quote quote =
        analyze("\u201CWe are ready to talk,\u201D said a senior army officer.")
            .get(0)
            .quotes()
            .get(0);
    assertThat(quote.speaker()).isEqualTo("a senior army officer");
  }

  @Test
  void creditsQuoteToSpeakerBeforeIt() {
    Quote quote = analyze("Jane Moss said: \"The plan is dead.\"").get(0).quotes().get(0);
    assertThat(quote.speaker()).isEqualTo("Jane Moss");
  }

  @Test
  void leavesSpeakerNullWhenNoneIsGiven() {
    Quote quote = analyze("The plan was described as \"dead on arrival\".").get(0).quotes().get(0);
    assertThat(quote.speaker()).isNull();
  }

  @Test
  void splitsQuotationSpanningSentencesAndKeepsItsSpeaker() {
    List<AnalyzedSentence> sentences =
        analyze("\"We are ready. We have waited long enough,\" the minister said.");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("We are ready.");
              assertThat(q.speaker()).isEqualTo("the minister");
            });
    assertThat(sentences.get(1).quotes())
        .extracting(Quote::text)
        .containsExactly("We have waited long enough,");
  }
}
