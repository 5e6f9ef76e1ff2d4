package org.parallax.index;

import java.time.Instant;
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

  /** Returns an article from a text file with one paragraph per line of {@code lines}. */
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

  /** Stores the articles as ingested at {@code at} and commits, so that searches see them. */
  public static void storeAll(ArticleIndex index, Instant at, Article... articles) {
    for (Article article : articles) {
      index.store(article, at);
    }
    index.commit();
  }
}
