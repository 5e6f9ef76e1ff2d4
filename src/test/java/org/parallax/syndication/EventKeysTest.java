package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextFigures;
import org.parallax.compare.StockPhrases;
import org.parallax.model.Article;
import org.parallax.testing.Articles;
import org.parallax.workspace.LexicalComparer;

/**
 * What keeps two reports of one subject from being linked as one happening: a lead that opens on
 * other names, or amounts that differ. Neither is proof of two stories, so neither keeps them apart
 * when other reports join them.
 */
class EventKeysTest {

  @Test
  void twoHappeningsOfOneSubjectGiveOtherFigures() {
    EventGrouping.EventKeys find = figures("flowed 24 mln cubic feet of gas and 500 barrels a day");
    EventGrouping.EventKeys reserves =
        figures("reserves total 2.42 billion barrels, from 2.77 billion");
    EventGrouping.EventKeys again = figures("the well flowed 24 mln cubic feet, the company said");

    assertThat(find.unlinkedFrom(reserves)).isTrue();
    assertThat(find.apartFrom(reserves)).isFalse();
    assertThat(find.unlinkedFrom(again)).isFalse();
  }

  @Test
  void oneFigureAloneSaysNothing() {
    assertThat(figures("sales of 400 units").unlinkedFrom(figures("reserves of 2.42 billion")))
        .isFalse();
  }

  @Test
  void leadsThatOpenOnOtherCompaniesAreNotLinked() {
    EventGrouping.EventKeys norland =
        keys("Norland Corp said it will issue 400 mln dlrs of notes through Harbour Securities.");
    EventGrouping.EventKeys kestrel =
        keys("Kestrel Industries said it will issue 250 mln dlrs of notes through Harbour.");
    EventGrouping.EventKeys norlandAgain =
        keys("The notes of Norland Corp, 400 mln dlrs, will be sold by Harbour Securities.");

    assertThat(norland.unlinkedFrom(kestrel)).isTrue();
    assertThat(norland.apartFrom(kestrel)).isFalse();
    assertThat(norland.unlinkedFrom(norlandAgain)).isFalse();
  }

  private static EventGrouping.EventKeys figures(String text) {
    return new EventGrouping.EventKeys(null, null, Set.of(), null, TextFigures.of(text));
  }

  private static EventGrouping.EventKeys keys(String lead) {
    Article article =
        Articles.withId(lead.substring(0, 6)).paragraphs(lead, "The company said so.").build();
    return new EventGrouping.EventKeys(
        LexicalComparer.standardEngine().centreKeys(article, StockPhrases.NONE),
        null,
        Set.of(),
        null,
        TextFigures.of(article.text()));
  }
}
