package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.testing.Articles;

/** Two headlines naming one company tell of one happening only if they share another word. */
class HeadlineTopicTest {

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void oneCompanysTwoHappeningsAreApart() {
    assertThat(
            topic("GENERAL ELECTRIC <GE> ENGINE PASSES FLIGHT TEST")
                .apartFrom(topic("GENERAL ELECTRIC <GE> WINS NAVY CONTRACT")))
        .isTrue();
  }

  @Test
  void oneHappeningToldTwiceSharesAWordBeyondTheName() {
    assertThat(
            topic("JAMESWAY <JMY> MARCH SALES UP 15 PCT")
                .apartFrom(topic("JAMESWAY <JMY> SAYS SALES ROSE IN MARCH")))
        .isFalse();
  }

  @Test
  void aWordAndItsPluralAreOneWord() {
    assertThat(
            topic("USDA <USDA> REPORTS COTTON SEEDING")
                .apartFrom(topic("USDA <USDA> COTTON SEEDINGS BEHIND")))
        .isFalse();
  }

  @Test
  void oneStatisticForTwoMonthsIsTwoHappenings() {
    assertThat(
            topic("U.K. RETAIL SALES RISE 2.2 PCT IN FEBRUARY")
                .apartFrom(topic("U.K. INDUSTRIAL OUTPUT RISES IN JANUARY")))
        .isTrue();
    assertThat(
            topic("U.K. RETAIL SALES RISE IN FEBRUARY")
                .apartFrom(topic("U.K. FEBRUARY RETAIL SALES UP 2.2 PCT")))
        .isFalse();
  }

  @Test
  void headlinesSharingNoWordAtAllAreApart() {
    assertThat(
            topic("ACME <ACME> SETS DIVIDEND").apartFrom(topic("ZENITH <ZEN> WINS NAVY CONTRACT")))
        .isTrue();
  }

  @Test
  void headlinesSharingAWordButNoNameAreLeftToTheOtherRules() {
    assertThat(
            topic("ACME <ACME> WINS NAVY CONTRACT")
                .apartFrom(topic("ZENITH <ZEN> WINS NAVY CONTRACT")))
        .isFalse();
  }

  @Test
  void aReportWithoutTitleKeepsNothingApart() {
    Article untitled =
        Articles.withId("u")
            .paragraphs("General Electric said its engine passed the test.")
            .build();
    HeadlineTopic none = HeadlineTopic.of(untitled, engine.centreKeys(untitled, StockPhrases.NONE));
    assertThat(none.apartFrom(topic("GENERAL ELECTRIC <GE> WINS NAVY CONTRACT"))).isFalse();
  }

  private HeadlineTopic topic(String title) {
    Article article =
        Articles.withId(title)
            .title(title)
            .paragraphs(
                "General Electric Co, Jamesway Corp, Acme and Zenith said so on Tuesday.",
                "The U.S. Department of Agriculture (USDA) gave no figures.")
            .build();
    return HeadlineTopic.of(article, engine.centreKeys(article, StockPhrases.NONE));
  }
}
