package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.testing.Articles;

class MentionTest {

  private static List<Mention> mentions(String sentence) {
    return SharedAnalyzer.get().analyze(Articles.body(sentence)).sentences().get(0).mentions();
  }

  private static List<Mention> ofType(String sentence, MentionType type) {
    return mentions(sentence).stream().filter(m -> m.type() == type).toList();
  }

  @Test
  void normalisesCurrencyWithMultiplier() {
    assertThat(ofType("The city paid $1.5 million for the land.", MentionType.NUMBER))
        .extracting(Mention::text, Mention::normalized)
        .containsExactly(tuple("$1.5 million", "1500000 usd"));
  }

  @Test
  void normalisesCountWithUnit() {
    assertThat(ofType("About 2,000 people fled the town.", MentionType.NUMBER))
        .extracting(Mention::normalized)
        .containsExactly("2000 people");
  }

  @Test
  void normalisesPercentages() {
    assertThat(ofType("Inflation rose 3.5 percent, or 4% in cities.", MentionType.NUMBER))
        .extracting(Mention::normalized)
        .containsExactly("3.5 percent", "4 percent");
  }

  @Test
  void readsTheFractionsWiresWriteCouponsAndPricesIn() {
    assertThat(
            ofType(
                "The bond pays 5-1/2 pct and is priced at 101-3/8, up 1-15/16.",
                MentionType.NUMBER))
        .extracting(Mention::normalized)
        .containsExactly("5.5 pct", "101.375", "1.9375");
  }

  @Test
  void normalisesSpelledOutAndMultiples() {
    assertThat(ofType("Twelve soldiers died and the army is twice as large.", MentionType.NUMBER))
        .extracting(Mention::normalized)
        .containsExactly("12 soldiers", "2 times");
  }

  @Test
  void keepsVagueQuantitiesAsWords() {
    assertThat(ofType("Dozens of homes burned.", MentionType.NUMBER))
        .extracting(Mention::normalized)
        .containsExactly("dozens");
  }

  @Test
  void normalisesDatesToIsoWhereAbsolute() {
    assertThat(ofType("The deal signed on June 4, 2021 took effect on March 9.", MentionType.DATE))
        .extracting(Mention::normalized)
        .containsExactly("2021-06-04", "--03-09");
  }

  @Test
  void keepsRelativeDatesAsLowerCasePhrases() {
    assertThat(
            ofType(
                "Last month the talks resumed, and in December they ended on a Tuesday in 2024.",
                MentionType.DATE))
        .extracting(Mention::normalized)
        .containsExactly("last month", "december", "tuesday", "2024");
  }

  @Test
  void normalisesTimesWithZone() {
    assertThat(ofType("The blast came at 12:02 EAT and again at 3:15 p.m.", MentionType.TIME))
        .extracting(Mention::normalized)
        .containsExactly("12:02 eat", "15:15");
  }

  @Test
  void findsTitleAndPersonAfterIt() {
    List<Mention> found = mentions("He met Defence Minister John Okello in Kampala.");
    assertThat(found)
        .extracting(Mention::type, Mention::text)
        .contains(
            tuple(MentionType.TITLE, "Defence Minister"),
            tuple(MentionType.PERSON, "John Okello"),
            tuple(MentionType.PLACE, "Kampala"));
  }

  @Test
  void normalisesTitleSpelling() {
    assertThat(ofType("He met Defence Minister John Okello.", MentionType.TITLE))
        .extracting(Mention::normalized)
        .containsExactly("defense minister");
  }

  @Test
  void findsTitleWithPrepositionalTail() {
    assertThat(ofType("The top U.S. envoy to Asia arrived late.", MentionType.TITLE))
        .extracting(Mention::text)
        .containsExactly("top U.S. envoy to Asia");
  }

  @Test
  void typesOrganisationsByTheirHeadWord() {
    assertThat(
            ofType("Officials at the Ministry of Health in Lagos met.", MentionType.ORGANIZATION))
        .extracting(Mention::text)
        .containsExactly("Ministry of Health");
  }

  @Test
  void foldsPlaceNamesAndDemonyms() {
    assertThat(ofType("The United States and Malian troops left.", MentionType.PLACE))
        .extracting(Mention::normalized)
        .containsExactly("us", "mali");
  }

  @Test
  void typesNameAsPersonWhenHeSpeaks() {
    assertThat(ofType("Later, Paul Mbeki said the strike was over.", MentionType.PERSON))
        .extracting(Mention::text)
        .containsExactly("Paul Mbeki");
  }

  @Test
  void recognisesSurnameOfPersonNamedEarlier() {
    var sentences =
        SharedAnalyzer.get()
            .analyze(Articles.body("Minister Rosa Diallo arrived. Diallo praised the deal."))
            .sentences();
    assertThat(sentences.get(1).mentions())
        .extracting(Mention::type, Mention::normalized)
        .containsExactly(tuple(MentionType.PERSON, "diallo"));
  }
}
