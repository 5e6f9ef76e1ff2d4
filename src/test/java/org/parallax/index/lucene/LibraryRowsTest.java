package org.parallax.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.index.ArticleIndexContract.storeAll;
import static org.parallax.testing.Articles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.LibraryOrder.Column;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;

/** The library table's listing: every match, ordered by the index, with its columns. */
class LibraryRowsTest {

  private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
  private static final List<String> ALL = List.of();

  @TempDir Path temp;

  private static final Article SHORT =
      article("short", "Reuters", "Cocoa review", "1987-02-26", "Cocoa rains helped the crop.");
  private static final Article LONG =
      article(
          "long",
          "AP",
          "bahia weather",
          "1987-03-02",
          "Showers continued throughout the week in the Bahia cocoa zone.",
          "Arrivals of the temporao crop were slow and prices held.");
  private static final Article LATER =
      article("later", "Diplomat.so", "Zinc output", "1987-04-10", "Zinc output rose.");

  private LuceneArticleIndex indexOf(Article... articles) throws IOException {
    LuceneArticleIndex index = LuceneArticleIndex.open(temp.resolve("index"));
    storeAll(index, NOW, articles);
    return index;
  }

  @Test
  void listsEveryMatchWithItsColumns() throws Exception {
    try (LuceneArticleIndex index = indexOf(SHORT, LONG, LATER)) {
      SearchResults rows = index.browse("", ALL, ALL, LibraryOrder.RELEVANCE, 1_000_000);

      assertThat(rows.total()).isEqualTo(3);
      SearchHit shortRow =
          rows.hits().stream().filter(h -> h.id().value().equals("short")).findFirst().get();
      assertThat(shortRow.outlet()).isEqualTo("Reuters");
      assertThat(shortRow.details().listedTitle()).isEqualTo("Cocoa review");
      assertThat(shortRow.details().words()).isEqualTo(5);
      assertThat(shortRow.details().versions()).isEqualTo(1);
      assertThat(shortRow.snippet()).isEmpty();
    }
  }

  @Test
  void sortsOnAColumnIgnoringCaseEitherWay() throws Exception {
    try (LuceneArticleIndex index = indexOf(SHORT, LONG, LATER)) {
      assertThat(ids(index.browse("", ALL, ALL, new LibraryOrder(Column.TITLE, false), 10)))
          .containsExactly("long", "short", "later");
      assertThat(ids(index.browse("", ALL, ALL, new LibraryOrder(Column.WORDS, true), 10)))
          .containsExactly("long", "short", "later");
      assertThat(ids(index.browse("", ALL, ALL, new LibraryOrder(Column.PUBLISHED, true), 10)))
          .containsExactly("later", "long", "short");
      assertThat(ids(index.browse("", ALL, ALL, new LibraryOrder(Column.OUTLET, false), 10)))
          .containsExactly("long", "later", "short");
    }
  }

  @Test
  void countsVersionsOfAStory() throws Exception {
    Article second =
        article(
            "short", "Reuters", "Cocoa review", "1987-02-26", "Cocoa rains helped the crop a lot.");
    try (LuceneArticleIndex index = indexOf(SHORT, LONG)) {
      index.store(second, NOW);
      index.commit();

      List<SearchHit> rows =
          index.browse("", ALL, ALL, new LibraryOrder(Column.VERSIONS, true), 10).hits();

      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).id().value()).isEqualTo("short");
      assertThat(rows.get(0).details().versions()).isEqualTo(2);
    }
  }

  @Test
  void narrowsToAMonthOrAYearOfTheDayFacet() throws Exception {
    try (LuceneArticleIndex index = indexOf(SHORT, LONG, LATER)) {
      assertThat(ids(index.browse("", ALL, List.of("1987-03"), LibraryOrder.RELEVANCE, 10)))
          .containsExactly("long");
      assertThat(ids(index.browse("", ALL, List.of("1987"), LibraryOrder.RELEVANCE, 10)))
          .containsExactlyInAnyOrder("short", "long", "later");
      assertThat(
              ids(
                  index.browse(
                      "", ALL, List.of("1987-02", "1987-04-10"), LibraryOrder.RELEVANCE, 10)))
          .containsExactlyInAnyOrder("short", "later");
      assertThat(index.search("", ALL, List.of("1987-03"), false, 10).facets().get("published"))
          .containsExactly(new FacetCount("1987-03-02", 1));
    }
  }

  @Test
  void readsTheRowsOfVersionsStoredBeforeRowsExisted() throws Exception {
    Path folder = temp.resolve("legacy");
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (Article article : List.of(SHORT, LONG)) {
        Document doc = IndexSchema.document(article, true, IndexSchema.facetsConfig());
        doc.removeFields(IndexSchema.ROW);
        writer.addDocument(doc);
      }
    }
    try (LuceneArticleIndex index = LuceneArticleIndex.open(folder)) {
      SearchResults rows = index.browse("", ALL, ALL, LibraryOrder.RELEVANCE, 10);

      assertThat(rows.hits())
          .extracting(hit -> hit.details().listedTitle())
          .containsExactly("Cocoa review", "bahia weather");
      assertThat(index.browse("", ALL, ALL, new LibraryOrder(Column.TITLE, true), 10).hits())
          .extracting(hit -> hit.id().value())
          .containsExactly("short", "long");
      assertThat(index.search("cocoa", ALL, ALL, false, 10).hits().get(0).details().words())
          .isPositive();
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(hit -> hit.id().value()).toList();
  }
}
