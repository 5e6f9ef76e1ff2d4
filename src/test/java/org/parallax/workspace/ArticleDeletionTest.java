package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Span;

class ArticleDeletionTest {

  private static final String WIRE =
      "KAYES, March 3 - The ministry of transport said on Tuesday that the Kayes bridge over the"
          + " Senegal river will reopen to lorries on Friday after three weeks of repairs costing"
          + " 4.2 billion CFA francs.\n\nEngineer Moussa Diarra told reporters the steel deck had"
          + " been replaced and tested under a load of forty tonnes.\n\nTraders in the border"
          + " town said the closure had doubled the price of cement and rice.\n";

  @TempDir Path temp;
  private Path input;

  @BeforeEach
  void writeReports() throws IOException {
    input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("wire.txt"), WIRE, StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("copy.txt"),
        "BAMAKO (Daily) - "
            + WIRE.substring(WIRE.indexOf("The ministry"))
            + "\nThe road to Dakar stays closed to buses.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("derby.txt"),
        "Arsenal beat Chelsea 2-1 in the London derby on Saturday, with a late goal by Saka.\n",
        StandardCharsets.UTF_8);
  }

  private static ArticleId idOf(Workspace workspace, String fileName) {
    return workspace.articles().stream()
        .filter(a -> a.source().name().equals(fileName))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void deletedArticleLeavesTheListSearchAndItsOriginalFile() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(List.of(input), status -> {}, () -> false);
      Article derby = workspace.article(idOf(workspace, "derby.txt")).orElseThrow();
      Path original = workspace.folder().resolve("originals").resolve(derby.source().sha256());

      DeletedArticle deleted = workspace.delete(derby.id()).orElseThrow();

      assertThat(deleted.versions()).hasSize(1);
      assertThat(workspace.article(derby.id())).isEmpty();
      assertThat(workspace.articles()).extracting(Article::id).doesNotContain(derby.id());
      assertThat(
              workspace
                  .search(new SearchRequest("Arsenal", List.of(), List.of(), false, 10))
                  .total())
          .isZero();
      assertThat(original).doesNotExist();
    }
  }

  @Test
  void restoreBringsBackTheArticleAndItsOriginalAsTheyWere() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(List.of(input), status -> {}, () -> false);
      Article derby = workspace.article(idOf(workspace, "derby.txt")).orElseThrow();

      workspace.restore(workspace.delete(derby.id()).orElseThrow());

      assertThat(workspace.article(derby.id())).contains(derby);
      assertThat(workspace.folder().resolve("originals").resolve(derby.source().sha256())).exists();
      assertThat(
              workspace
                  .search(new SearchRequest("Arsenal", List.of(), List.of(), false, 10))
                  .total())
          .isEqualTo(1);
    }
  }

  @Test
  void deletingAnUnknownIdRemovesNothing() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(List.of(input), status -> {}, () -> false);

      assertThat(workspace.delete(new ArticleId("0000000000000000"))).isEmpty();
      assertThat(workspace.size()).isEqualTo(3);
    }
  }

  @Test
  void annotationsOnADeletedArticleStayInTheFile() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(List.of(input), status -> {}, () -> false);
      Article derby = workspace.article(idOf(workspace, "derby.txt")).orElseThrow();
      workspace.annotations().annotate(derby, new Span(0, 7), List.of("verified"), "a note");

      DeletedArticle deleted = workspace.delete(derby.id()).orElseThrow();

      assertThat(deleted.orphanedAnnotations()).hasSize(1);
      assertThat(workspace.annotations().all()).hasSize(1);
    }
  }

  @Test
  void annotationsOnADeletedArticleSurviveReopeningAndAnchorAgainWhenItIsIngestedAgain()
      throws IOException {
    Path folder = temp.resolve("ws");
    ArticleId derby;
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.ingest(List.of(input), status -> {}, () -> false);
      Article article = workspace.article(idOf(workspace, "derby.txt")).orElseThrow();
      derby = article.id();
      workspace.annotations().annotate(article, new Span(0, 7), List.of("verified"), "a note");
      workspace.delete(derby);
    }
    try (Workspace reopened = Workspace.open(folder)) {
      assertThat(reopened.annotations().all())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.isOrphan()).isTrue();
                assertThat(a.exact()).isEqualTo("Arsenal");
                assertThat(a.tags()).containsExactly("verified");
              });

      reopened.ingest(List.of(input.resolve("derby.txt")), status -> {}, () -> false);

      assertThat(reopened.annotations().forArticle(derby))
          .singleElement()
          .satisfies(a -> assertThat(a.isOrphan()).isFalse());
      assertThat(
              reopened
                  .search(new SearchRequest("tag:verified", List.of(), List.of(), false, 10))
                  .total())
          .isEqualTo(1);
    }
  }

  @Test
  void aReaderSeesTheArticlesWhileAWriterHoldsTheWorkspace() throws IOException {
    try (Workspace writer = Workspace.open(temp.resolve("ws"))) {
      writer.ingest(List.of(input), status -> {}, () -> false);

      try (Workspace reader = Workspace.openForReading(temp.resolve("ws"))) {
        assertThat(reader.size()).isEqualTo(3);
        assertThat(
                reader.search(new SearchRequest("Kayes", List.of(), List.of(), false, 10)).total())
            .isEqualTo(2);
      }
    }
  }

  @Test
  void openingAMissingWorkspaceForReadingNamesTheFolderAndHowToCreateOne() {
    Path missing = temp.resolve("typo");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.openForReading(missing))
        .isInstanceOf(NoWorkspaceException.class)
        .hasMessage(
            "no workspace at "
                + missing
                + " (create one with parallax ingest FILES --workspace "
                + missing
                + ")");
    assertThat(missing).doesNotExist();
  }
}
