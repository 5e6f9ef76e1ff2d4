package org.parallax.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.Sha256;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/** Builds articles for index tests, one paragraph per line of the given text. */
final class TestArticles {

  private TestArticles() {}

  /** Two paragraphs of a wire report that the fingerprint tests copy into other reports. */
  static final String[] WIRE = {
    "The port authority of Valparaiso said on Tuesday that a fire in a grain warehouse had destroyed"
        + " more than 40,000 tonnes of wheat and forced the closure of two berths.",
    "Firefighters needed nine hours to bring the blaze under control, according to the regional"
        + " emergency office, which said no one was hurt."
  };

  static Article article(String id, String outlet, String title, String date, String... lines) {
    String text = String.join("\n\n", lines);
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (String line : lines) {
      blocks.add(new Block(BlockKind.BODY, new Span(start, start + line.length())));
      start += line.length() + 2;
    }
    return new Article(
        new ArticleId(id),
        1,
        Sha256.of(text),
        outlet,
        null,
        title,
        null,
        null,
        date == null ? null : Published.on(LocalDate.parse(date)),
        "en",
        text,
        blocks,
        new SourceFile(id + ".txt", Sha256.of(text), "text"),
        Instant.EPOCH);
  }
}
