package org.parallax.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.testing.Articles;

/**
 * Related reports with the reader's look-ups remembered (ReaderMemo): undated reports stay in a
 * dated article's window, reports a week away stay out, and a report stored after a query is found
 * by the next one (a new reader, a new memo).
 */
class RelatedReportsTest {

  private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

  private static final String OPENING =
      "The United States is nearing an agreement with Mali's military government to resume"
          + " drone surveillance flights over the country, two U.S. officials said.";
  private static final String SECOND =
      "Washington halted the flights after the junta led by Assimi Goita expelled French"
          + " troops from Bamako.";

  @TempDir Path folder;
  private LuceneArticleIndex index;

  @BeforeEach
  void open() throws IOException {
    index = LuceneArticleIndex.open(folder.resolve("index"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void keepsUndatedReportsAndLeavesReportsOutsideTheWindowOut() {
    store(
        report("wire", "2026-03-09", OPENING, SECOND),
        report("undated", null, OPENING, "Officials in Bamako gave no date for the flights."),
        report("next-day", "2026-03-10", OPENING, "The flights could resume within weeks."),
        report("month-later", "2026-04-20", OPENING, SECOND),
        report("football", "2026-03-09", "Arsenal beat Chelsea two goals to one on Saturday."));

    List<String> related = ids(index.relatedWithoutSnippets(new ArticleId("wire"), 10));

    assertThat(related).contains("undated", "next-day").doesNotContain("month-later", "wire");
    assertThat(related)
        .isEqualTo(ids(index.related(new ArticleId("wire"), 10)))
        .isEqualTo(ids(index.relatedWithoutSnippets(new ArticleId("wire"), 10)));
  }

  @Test
  void findsAReportStoredAfterTheLastQuery() {
    store(
        report("wire", "2026-03-09", OPENING, SECOND),
        report("football", "2026-03-09", "Arsenal beat Chelsea two goals to one on Saturday."));
    assertThat(ids(index.relatedWithoutSnippets(new ArticleId("wire"), 10)))
        .doesNotContain("rewrite");

    store(report("rewrite", "2026-03-10", OPENING, SECOND));

    assertThat(ids(index.relatedWithoutSnippets(new ArticleId("wire"), 10))).contains("rewrite");
  }

  private void store(Article... articles) {
    for (Article article : articles) {
      index.store(article, NOW);
    }
    index.commit();
  }

  private static Article report(String id, String published, String... paragraphs) {
    Articles builder = Articles.withId(id).outlet("Outlet " + id).title("Report " + id);
    if (published != null) {
      builder = builder.published(published);
    }
    return builder.paragraphs(paragraphs).build();
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.id().value()).toList();
  }
}
