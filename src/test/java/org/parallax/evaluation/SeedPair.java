package org.parallax.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.parallax.testing.SeedFiles;

/**
 * The two seed reports as articles, with the outlet and publication time their files state in their
 * own text (the plain-text reader of the foundation does not read them yet).
 */
final class SeedPair {

  private SeedPair() {}

  static Article reuters() throws Exception {
    Article read = ArticleReaders.standard().read(SeedFiles.reuters()).get(0);
    return withMetadata(read, "Reuters", Published.on(LocalDate.of(2026, 3, 9)));
  }

  static Article diplomat() throws Exception {
    Article read = ArticleReaders.standard().read(SeedFiles.diplomat()).get(0);
    return withMetadata(
        read,
        "Diplomat.so",
        Published.at(OffsetDateTime.of(2026, 3, 10, 12, 2, 0, 0, ZoneOffset.ofHours(3))));
  }

  private static Article withMetadata(Article a, String outlet, Published published) {
    Article withOutlet = a.outlet() != null ? a : a.withOutlet(outlet);
    return withOutlet.published() != null ? withOutlet : withOutlet.withPublished(published);
  }
}
