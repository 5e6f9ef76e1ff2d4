package org.parallax.syndication;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;

/** Reports of two events (a port fire, a concert) and one unrelated report, for events tests. */
public final class EventFixtures {

  /** A second report of the concert ({@link ScanFixtures#OTHER}), written independently. */
  static final List<String> CONCERT_REVIEW =
      List.of(
          "A young composer from Tartu had the premiere of his first symphony in Tallinn on"
              + " Friday, when the national orchestra of Estonia opened its season.",
          "The composer said he wrote the symphony during two winters on the island of Saaremaa.",
          "The orchestra's manager said all three evenings in the concert hall were sold out.");

  /** A report on neither event. */
  static final List<String> UNRELATED =
      List.of(
          "Kenya's central bank left its benchmark lending rate unchanged on Wednesday, citing"
              + " easing inflation and a stable shilling.",
          "Governor Kamau Thugge told a news conference the bank would watch food prices closely.");

  private EventFixtures() {}

  /**
   * Returns the port fire's wire report and rewrite, the concert's two reports and an unrelated
   * report; ids {@code wire}, {@code rewrite}, {@code concert}, {@code review}, {@code rates}.
   */
  public static List<Article> twoEvents() {
    List<Article> articles = new ArrayList<>(ScanFixtures.wireRewriteAndOther(false));
    articles.removeIf(a -> a.id().value().equals("other"));
    articles.add(ScanFixtures.article("concert", "Baltic News", "2026-03-06", ScanFixtures.OTHER));
    articles.add(ScanFixtures.article("review", "ERR News", "2026-03-07", CONCERT_REVIEW));
    articles.add(ScanFixtures.article("rates", "Business Daily", "2026-03-05", UNRELATED));
    return articles;
  }
}
