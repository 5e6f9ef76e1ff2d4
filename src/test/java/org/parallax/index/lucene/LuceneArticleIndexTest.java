package org.parallax.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.index.ArticleIndexContract.storeAll;
import static org.parallax.testing.Articles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.QuerySyntaxException;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.FacetCount;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.model.Sha256;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

class LuceneArticleIndexTest {

  private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

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

  private static final Article MALI_REUTERS =
      article(
          "mali-reuters",
          "Reuters",
          "U.S. nears deal to resume surveillance flights over Mali",
          "2026-03-09",
          "The United States is nearing an agreement with Mali's military government to resume"
              + " drone surveillance flights over the country, two U.S. officials said.",
          "Washington halted the flights after the junta led by Assimi Goita expelled French"
              + " troops from Bamako.");
  private static final Article MALI_DIPLOMAT =
      article(
          "mali-diplomat",
          "Diplomat.so",
          "US close to resuming drone flights over Mali",
          "2026-03-10",
          "The United States is nearing an agreement with the Government of Mali to resume"
              + " overflights of American drones, according to U.S. officials.",
          "The junta of Assimi Goita ended cooperation with French forces in Bamako.");
  private static final Article FOOTBALL =
      article(
          "football",
          "Sports Daily",
          "Arsenal beat Chelsea in the London derby",
          "2026-03-09",
          "Arsenal beat Chelsea two goals to one at the Emirates Stadium on Saturday.",
          "The manager praised the defence after a tense second half in London.");
  private static final Article MALI_GOLD =
      article(
          "mali-gold",
          "Mining Weekly",
          "Gold output rises in Mali",
          "2026-02-01",
          "Gold production in Mali rose by a tenth last year as new mines opened near Kayes.");

  @Test
  void readsBackAnArticleExactlyAsStored() {
    Article full =
        new Article(
            new ArticleId("full"),
            1,
            Sha256.of("HEADLINE\n\nBody “quoted” text\u00a0here.\n\nPHOTO: credit"),
            "Reuters",
            "https://example.com/a",
            "Title",
            "Guled Abdi",
            "DAKAR",
            Published.at(OffsetDateTime.of(2026, 3, 10, 12, 2, 0, 0, ZoneOffset.ofHours(3))),
            "en",
            "HEADLINE\n\nBody “quoted” text\u00a0here.\n\nPHOTO: credit",
            List.of(
                new Block(BlockKind.HEADING, new Span(0, 8)),
                new Block(BlockKind.BODY, new Span(10, 34)),
                new Block(BlockKind.CAPTION, new Span(36, 49))),
            new SourceFile("a.html", "abc", "html"),
            NOW);
    storeAll(index, NOW, full);

    assertThat(index.current(new ArticleId("full"))).contains(full);
  }

  @Test
  void storesTheSameTextOnce() {
    storeAll(index, NOW, MALI_REUTERS);

    assertThat(index.store(MALI_REUTERS, NOW)).isEmpty();
    index.commit();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void changedTextOfTheSameStoryBecomesTheCurrentVersionAndKeepsTheOld() {
    Article changed =
        article(
            "mali-reuters",
            "Reuters",
            "U.S. reaches deal on surveillance flights over Mali",
            "2026-03-09",
            "The United States reached an agreement with Mali on drone flights.");
    storeAll(index, NOW, MALI_REUTERS);
    storeAll(index, NOW, changed);

    assertThat(index.versions(new ArticleId("mali-reuters")))
        .extracting(Article::version, Article::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, MALI_REUTERS.title()),
            org.assertj.core.groups.Tuple.tuple(2, changed.title()));
    assertThat(index.current(new ArticleId("mali-reuters")).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void searchesOnlyCurrentVersions() {
    Article changed =
        article("mali-reuters", "Reuters", "Deal reached", "2026-03-09", "Agreement reached.");
    storeAll(index, NOW, MALI_REUTERS, changed);

    SearchResults results = index.search("surveillance", List.of(), List.of(), false, 10);

    assertThat(results.total()).isZero();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void highlightsMatchesInEscapedSnippets() {
    storeAll(
        index,
        NOW,
        article("escape", "X", "T", null, "Tom & Jerry <script> met in Bamako on Tuesday."));

    SearchHit hit = index.search("Bamako", List.of(), List.of(), false, 10).hits().get(0);

    assertThat(hit.snippet())
        .contains("<b>Bamako</b>")
        .contains("&amp;")
        .contains("&lt;script&gt;");
  }

  @Test
  void countsOutletsAndDatesOfTheMatches() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL, MALI_GOLD);

    SearchResults results = index.search("Mali", List.of(), List.of(), false, 10);

    assertThat(results.total()).isEqualTo(3);
    assertThat(results.facets().get("outlet"))
        .containsExactlyInAnyOrder(
            new FacetCount("Reuters", 1),
            new FacetCount("Diplomat.so", 1),
            new FacetCount("Mining Weekly", 1));
    assertThat(results.facets().get("published"))
        .containsExactly(
            new FacetCount("2026-03-10", 1),
            new FacetCount("2026-03-09", 1),
            new FacetCount("2026-02-01", 1));
  }

  @Test
  void drillsDownToChosenOutlets() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, MALI_GOLD);

    SearchResults results =
        index.search("Mali", List.of("Reuters", "Mining Weekly"), List.of(), false, 10);

    assertThat(results.hits())
        .extracting(SearchHit::outlet)
        .containsExactlyInAnyOrder("Reuters", "Mining Weekly");
  }

  @Test
  void sortsByDateNewestFirst() {
    storeAll(index, NOW, MALI_GOLD, MALI_REUTERS, MALI_DIPLOMAT);

    SearchResults results = index.search("Mali", List.of(), List.of(), true, 10);

    assertThat(results.hits())
        .extracting(h -> h.id().value())
        .containsExactly("mali-diplomat", "mali-reuters", "mali-gold");
  }

  @Test
  void ranksTitleMatchesFirstWithScoresInUnitRange() {
    storeAll(index, NOW, MALI_REUTERS, MALI_GOLD);

    List<SearchHit> hits = index.search("gold", List.of(), List.of(), false, 10).hits();

    assertThat(hits.get(0).id().value()).isEqualTo("mali-gold");
    assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
  }

  @Test
  void blankQueryListsEveryArticle() {
    storeAll(index, NOW, MALI_REUTERS, FOOTBALL);

    assertThat(index.search(" ", List.of(), List.of(), false, 10).total()).isEqualTo(2);
  }

  @Test
  void rejectsBadSyntaxWithAMessageNamingTheQuery() {
    assertThatThrownBy(() -> index.search("Mali AND (", List.of(), List.of(), false, 10))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("\"Mali AND (\"")
        .hasMessageContaining("close brackets");
  }

  @Test
  void ranksAReportOnTheSameEventAboveUnrelatedOnes() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL, MALI_GOLD);

    List<SearchHit> related = index.related(new ArticleId("mali-reuters"), 10);

    assertThat(related.get(0).id().value()).isEqualTo("mali-diplomat");
    assertThat(related).extracting(h -> h.id().value()).doesNotContain("mali-reuters");
    assertThat(related).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
  }

  @Test
  void relatedWithoutSnippetsRanksAndScoresAsRelatedDoes() {
    storeAll(index, NOW, MALI_REUTERS, MALI_DIPLOMAT, FOOTBALL, MALI_GOLD);
    ArticleId reuters = new ArticleId("mali-reuters");

    List<SearchHit> plain = index.relatedWithoutSnippets(reuters, 10);

    assertThat(plain)
        .extracting(h -> h.id().value(), SearchHit::score)
        .containsExactlyElementsOf(
            index.related(reuters, 10).stream()
                .map(h -> org.assertj.core.groups.Tuple.tuple(h.id().value(), h.score()))
                .toList());
    // No highlighting, nor anything else a grouping does not read: the id and the score.
    assertThat(plain).allSatisfy(h -> assertThat(h.snippet()).isNull());
  }

  @Test
  void leavesDatedReportsOutsideTheTimeWindowOutOfRelated() {
    Article monthLater =
        article(
            "later",
            "Reuters",
            "U.S. resumes surveillance flights over Mali",
            "2026-04-20",
            MALI_REUTERS.paragraphs().get(0));
    storeAll(index, NOW, MALI_REUTERS, monthLater);

    assertThat(index.related(new ArticleId("mali-reuters"), 10)).isEmpty();
  }

  @Test
  void keepsCommittedArticlesWhenTheProcessDiesBeforeTheNextCommit() throws IOException {
    storeAll(index, NOW, MALI_REUTERS);
    index.store(MALI_DIPLOMAT, NOW);
    Path crashed = folder.resolve("crashed");
    copyWithoutLock(folder.resolve("index"), crashed);

    try (LuceneArticleIndex reopened = LuceneArticleIndex.open(crashed)) {
      assertThat(reopened.size()).isEqualTo(1);
      assertThat(reopened.current(new ArticleId("mali-reuters"))).isPresent();
    }
  }

  /** Copies the files of a live index, as a kill -9 would leave them on disk. */
  private static void copyWithoutLock(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }
}
