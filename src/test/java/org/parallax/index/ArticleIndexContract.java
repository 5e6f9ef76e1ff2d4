package org.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.parallax.testing.Articles.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.syndication.pure.FingerprintTable;

/**
 * What the workspace counts on from any backend: one suite, run against the embedded index and
 * against a SolrCloud cluster by its subclasses.
 */
public abstract class ArticleIndexContract {

  /** Two paragraphs of a wire report that the fingerprint tests copy into other reports. */
  public static final String[] WIRE = {
    "The port authority of Valparaiso said on Tuesday that a fire in a grain warehouse had destroyed"
        + " more than 40,000 tonnes of wheat and forced the closure of two berths.",
    "Firefighters needed nine hours to bring the blaze under control, according to the regional"
        + " emergency office, which said no one was hurt."
  };

  private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

  private static final Article MALI_REUTERS =
      article(
          "mali-reuters",
          "Reuters",
          "U.S. nears deal with Mali on drone flights",
          "2026-03-09",
          "The United States is nearing a deal with Mali to resume surveillance flights.",
          "Talks in Bamako covered drone flights over the Sahel.");
  private static final Article MALI_DIPLOMAT =
      article(
          "mali-diplomat",
          "The Diplomat",
          "Washington and Bamako discuss drone flights",
          "2026-03-10",
          "Washington is close to a deal with Mali on surveillance flights, officials in Bamako"
              + " said.");
  private static final Article FOOTBALL =
      article(
          "football",
          "Sports Daily",
          "Cup final ends in a draw",
          "2026-03-10",
          "The cup final ended in a goalless draw after extra time in Madrid.");

  /** The index under test, empty at the start of each test. */
  protected ArticleIndex index;

  /** Stores the articles as ingested at {@code at} and commits, so that searches see them. */
  public static void storeAll(ArticleIndex index, Instant at, Article... articles) {
    for (Article article : articles) {
      index.store(article, at);
    }
    index.commit();
  }

  /** Returns an empty index of the backend under test. */
  protected abstract ArticleIndex openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    index = openEmpty();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void storesATextOnceAndAChangedTextAsANewCurrentVersion() {
    storeAll(index, NOW, MALI_REUTERS);
    assertThat(index.store(MALI_REUTERS, NOW)).isEmpty();
    Article changed =
        article(
            "mali-reuters",
            "Reuters",
            "U.S. reaches deal with Mali on drone flights",
            "2026-03-09",
            "The United States reached an agreement with Mali on drone flights.");
    storeAll(index, NOW, changed);

    assertThat(index.versions(new ArticleId("mali-reuters")))
        .extracting(Article::version, Article::title)
        .containsExactly(tuple(1, MALI_REUTERS.title()), tuple(2, changed.title()));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.search("surveillance", List.of(), List.of(), false, 10).total()).isZero();
  }

  @Test
  void storesABatchLookedUpAtOnceAsItWouldOneByOne() {
    storeAll(index, NOW, MALI_REUTERS);
    Article changed =
        article(
            "mali-reuters", "Reuters", "U.S. reaches deal", "2026-03-09", "A deal was reached.");

    List<ArticleId> stories =
        new ArrayList<>(List.of(MALI_REUTERS.id(), changed.id(), FOOTBALL.id()));
    // More stories than one request holds, with ids as long as real ones: no URL would carry them.
    for (int i = 0; i < 1_200; i++) {
      stories.add(new ArticleId("never-stored-" + i + "-0123456789abcdef"));
    }
    index.prepareToStore(stories);
    assertThat(index.store(MALI_REUTERS, NOW)).isEmpty();
    assertThat(index.store(changed, NOW)).map(Article::version).contains(2);
    assertThat(index.store(changed, NOW)).isEmpty();
    assertThat(index.store(FOOTBALL, NOW)).map(Article::version).contains(1);
    index.commit();

    assertThat(index.versions(MALI_REUTERS.id()))
        .extracting(Article::version)
        .containsExactly(1, 2);
    assertThat(index.current(MALI_REUTERS.id())).map(Article::title).contains(changed.title());
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void searchesWithFacetsAndHighlightedSnippets() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL);

    SearchResults results = index.search("surveillance", List.of(), List.of(), false, 10);

    assertThat(results.hits())
        .extracting(hit -> hit.id().value())
        .containsExactlyInAnyOrder("mali-reuters", "mali-diplomat");
    assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippet()).contains("<b>"));
    assertThat(results.facets().get("outlet"))
        .containsExactlyInAnyOrder(new FacetCount("Reuters", 1), new FacetCount("The Diplomat", 1));
    assertThat(results.facets().get("published"))
        .containsExactly(new FacetCount("2026-03-10", 1), new FacetCount("2026-03-09", 1));
  }

  @Test
  void readsOperatorsPhrasesWildcardsAndDateRangesAsTheStandardParserDoes() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL);

    assertThat(ids("title:drone AND NOT outlet:Reuters")).containsExactly("mali-diplomat");
    assertThat(ids("NOT outlet:Reuters")).containsExactly("football", "mali-diplomat");
    assertThat(ids("\"surveillance flights\"")).containsExactly("mali-diplomat", "mali-reuters");
    assertThat(ids("\"flights surveillance\"")).isEmpty();
    assertThat(ids("surveil* AND Bamako")).containsExactly("mali-diplomat", "mali-reuters");
    assertThat(ids("drone OR goalless"))
        .containsExactly("football", "mali-diplomat", "mali-reuters");
    assertThat(ids("nosuchfield:Mali")).isEmpty();
    assertThat(ids("published:[2026-03-10 TO 2026-03-10]"))
        .containsExactly("football", "mali-diplomat");
    assertThat(ids("published:[* TO 2026-03-09]")).containsExactly("mali-reuters");
    assertThat(ids("published:[\"2026-03-09\" TO \"2026-03-09\"]")).containsExactly("mali-reuters");
    assertThat(ids("published:{2026-03-09 TO *] AND flights")).containsExactly("mali-diplomat");
    assertThat(ids("published:[2026-03 TO 2026]")).hasSize(3);
    assertThat(ids("published:[2026-03-09T00:00:00Z TO 2026-03-09T23:59:59Z]"))
        .containsExactly("mali-reuters");
  }

  @Test
  void refusesAQueryItCannotReadWithTheSameClearError() {
    storeAll(index, NOW, MALI_REUTERS, FOOTBALL);

    for (String query : List.of("title:(Mali", "Mali AND", "\"unclosed phrase", "outlet:")) {
      assertThatThrownBy(() -> index.search(query, List.of(), List.of(), false, 10))
          .as(query)
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("cannot understand the query \"" + query + "\"");
    }
    assertThatThrownBy(
            () -> index.search("published:[March TO *]", List.of(), List.of(), false, 10))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("cannot understand the date \"March\"");
  }

  private List<String> ids(String query) {
    return index.search(query, List.of(), List.of(), false, 10).hits().stream()
        .map(hit -> hit.id().value())
        .sorted()
        .toList();
  }

  @Test
  void filtersByOutletAndMonthAndSortsByDate() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL);

    assertThat(index.search("", List.of("Reuters"), List.of(), false, 10).hits())
        .extracting(hit -> hit.id().value())
        .containsExactly("mali-reuters");
    assertThat(index.search("", List.of(), List.of("2026-03"), true, 10).hits())
        .extracting(hit -> hit.published().date().toString())
        .containsExactly("2026-03-10", "2026-03-10", "2026-03-09");
    assertThat(
            index
                .browse(
                    "",
                    List.of(),
                    List.of(),
                    new LibraryOrder(LibraryOrder.Column.OUTLET, false),
                    10)
                .hits())
        .extracting(SearchHit::outlet)
        .containsExactly("Reuters", "Sports Daily", "The Diplomat");
  }

  @Test
  void relatedReportsPutTheSameEventFirst() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL);

    List<SearchHit> related = index.related(new ArticleId("mali-reuters"), 5);

    assertThat(related).isNotEmpty();
    assertThat(related.get(0).id().value()).isEqualTo("mali-diplomat");
    assertThat(related).extracting(hit -> hit.id().value()).doesNotContain("mali-reuters");
  }

  @Test
  void relatedScoresAreOnTheScaleOfACopy() {
    Article copy =
        article(
            "mali-copy",
            "Courier",
            MALI_REUTERS.title(),
            "2026-03-09",
            "The United States is nearing a deal with Mali to resume surveillance flights.",
            "Talks in Bamako covered drone flights over the Sahel.");
    storeAll(index, NOW, MALI_REUTERS, copy, MALI_DIPLOMAT, FOOTBALL);

    List<SearchHit> related = index.relatedWithoutSnippets(new ArticleId("mali-reuters"), 5);

    assertThat(related).extracting(hit -> hit.id().value()).startsWith("mali-copy");
    assertThat(related.get(0).score()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
    assertThat(related).allSatisfy(hit -> assertThat(hit.score()).isBetween(0.0, 1.0));
    assertThat(related.get(related.size() - 1).score()).isLessThan(related.get(0).score());
  }

  @Test
  void scanCandidatesShareFingerprints() {
    storeAll(
        index,
        NOW,
        article("wire", "Reuters", "t", "2026-03-03", WIRE),
        article("copy", "Courier", "t", "2026-03-04", WIRE[0], WIRE[1]),
        FOOTBALL);

    FingerprintTable table = index.fingerprintTable(100);

    assertThat(table.overlaps("wire", 3, 10))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("copy");
    assertThat(table.overlaps("football", 3, 10)).isEmpty();
  }

  @Test
  void oneReportsFingerprintQueryFindsWhatTheTableFinds() {
    storeAll(
        index,
        NOW,
        article("wire", "Reuters", "t", "2026-03-03", WIRE),
        article("copy", "Courier", "t", "2026-03-04", WIRE[0], WIRE[1]),
        article("part", "Herald", "t", "2026-03-05", WIRE[1]),
        FOOTBALL);

    for (int cap : new int[] {1, 2, 100}) {
      FingerprintTable table = index.fingerprintTable(cap);
      for (String id : List.of("wire", "copy", "part", "football", "missing")) {
        assertThat(index.fingerprintOverlaps(new ArticleId(id), 3, 10, cap))
            .as("%s with a cap of %d", id, cap)
            .isEqualTo(table.overlaps(id, 3, 10));
      }
    }
    assertThat(index.fingerprintOverlaps(new ArticleId("wire"), 3, 10, 100))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("copy", "part");
  }

  @Test
  void eventsReadTheIdsPublishedSinceAnInstant() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL);

    assertThat(index.currentIds(Instant.parse("2026-03-10T00:00:00Z")))
        .extracting(ArticleId::value)
        .containsExactly("football", "mali-diplomat");
    assertThat(index.currentArticles()).hasSize(3);
  }

  @Test
  void deletedStoryComesBackOnRestore() {
    storeAll(index, NOW, MALI_REUTERS, FOOTBALL);

    List<Article> removed = index.delete(new ArticleId("football"));
    assertThat(index.size()).isEqualTo(1);
    index.restore(removed);

    assertThat(index.current(new ArticleId("football"))).contains(removed.get(0));
  }

  @Test
  void annotationTagsBecomeSearchable() {
    storeAll(index, NOW, MALI_REUTERS, FOOTBALL);

    index.setAnnotationTerms(
        new ArticleId("football"),
        new AnnotationTerms(List.of("verbatim-copy"), List.of(), List.of("ana")));

    assertThat(index.search("tag:verbatim-copy", List.of(), List.of(), false, 10).hits())
        .extracting(hit -> hit.id().value())
        .containsExactly("football");
  }
}
