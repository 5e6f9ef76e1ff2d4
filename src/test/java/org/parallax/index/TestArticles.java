package org.parallax.index;

import org.parallax.model.Article;
import org.parallax.testing.Articles;

/** Builds articles for index tests, one paragraph per line of the given text. */
public final class TestArticles {

  private TestArticles() {}

  /** Two paragraphs of a wire report that the fingerprint tests copy into other reports. */
  public static final String[] WIRE = {
    "The port authority of Valparaiso said on Tuesday that a fire in a grain warehouse had destroyed"
        + " more than 40,000 tonnes of wheat and forced the closure of two berths.",
    "Firefighters needed nine hours to bring the blaze under control, according to the regional"
        + " emergency office, which said no one was hurt."
  };

  public static Article article(
      String id, String outlet, String title, String date, String... lines) {
    return Articles.withId(id)
        .outlet(outlet)
        .title(title)
        .published(date)
        .paragraphs(lines)
        .fromTextFile()
        .build();
  }
}
