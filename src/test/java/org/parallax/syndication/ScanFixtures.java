package org.parallax.syndication;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.testing.Articles;

/** A wire report, a rewrite of it and an unrelated report, for scan and events tests. */
public final class ScanFixtures {

  /** The wire report's paragraphs. */
  static final List<String> WIRE =
      List.of(
          "The port authority of Valparaiso said on Tuesday that a fire in a grain warehouse had"
              + " destroyed more than 40,000 tonnes of wheat and forced the closure of two berths.",
          "Firefighters needed nine hours to bring the blaze under control, according to the"
              + " regional emergency office, which said no one was hurt.",
          "Harbour master Elena Rojas told reporters the cause of the fire was still being"
              + " investigated and that shipping would resume on Thursday at the earliest.",
          "Chile exported 1.2 million tonnes of wheat through Valparaiso last year, most of it to"
              + " Peru and Bolivia, according to customs figures.");

  /** The rewrite: the same paragraphs lightly edited, one dropped, one added. */
  static final List<String> REWRITE =
      List.of(
          "A fire in a grain warehouse destroyed more than 40,000 tonnes of wheat and forced the"
              + " closure of two berths, the port authority of Valparaiso said on Tuesday.",
          "Firefighters needed nine hours to bring the blaze under control, according to the"
              + " regional emergency office, which said nobody was injured.",
          "Harbour master Elena Rojas told reporters the cause of the fire was still being"
              + " investigated and that shipping would resume on Thursday at the earliest.",
          "Local farmers' unions called for compensation.");

  /** An unrelated report. */
  static final List<String> OTHER =
      List.of(
          "The national orchestra of Estonia opened its season in Tallinn on Friday with a new"
              + " symphony by a young composer from Tartu.",
          "Critics praised the brass section, and the concert hall was sold out for all three"
              + " evenings, the orchestra's manager said.",
          "The orchestra will tour Finland and Latvia in the spring.");

  private ScanFixtures() {}

  /** Builds an article of body paragraphs with an outlet and a publication date. */
  public static Article article(String id, String outlet, String date, List<String> paragraphs) {
    return Articles.withId(id).outlet(outlet).published(date).paragraphs(paragraphs).build();
  }

  /** Returns the wire report, a credited rewrite a day later and an unrelated report. */
  public static List<Article> wireRewriteAndOther(boolean credited) {
    List<String> rewrite = new ArrayList<>(REWRITE);
    if (credited) {
      rewrite.set(0, "(Reuters) - " + rewrite.get(0));
    }
    return List.of(
        article("wire", "Reuters", "2026-03-03", WIRE),
        article("rewrite", "Daily Courier", "2026-03-04", rewrite),
        article("other", "Baltic News", "2026-03-04", OTHER));
  }
}
