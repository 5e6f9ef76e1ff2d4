package org.parallax.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.IngestReport;
import org.parallax.model.Passage;
import org.parallax.model.Span;
import org.parallax.ui.library.ImportViewModel;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/** The annotate dialog and the annotations panel, on a real workspace, without a toolkit. */
class AnnotationViewModelsTest {

  private static final String TEXT =
      "The United States is nearing a deal with Mali to resume surveillance flights.\n\n"
          + "The junta expelled French troops in 2022.\n";

  @TempDir Path temp;

  private Article ingest(Workspace workspace) throws IOException {
    Path file = temp.resolve("mali.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    return workspace.ingest(List.of(file), IngestProgress.NONE, () -> false).stored().get(0);
  }

  private static Span spanOf(Article article, String words) {
    int at = article.text().indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void savesTheCheckedTagsAndNoteAndListsTheAnnotationInThePanel() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article article = ingest(workspace);
      AnnotationBoard board = new AnnotationBoard(workspace.annotations());
      AnnotationsPanelViewModel panel = new AnnotationsPanelViewModel(board);
      AnnotationDialogViewModel dialog =
          new AnnotationDialogViewModel(board, article, spanOf(article, " French troops "));

      dialog.tagProperty("verified").set(true);
      dialog.noteProperty().set("Matches the AFP report");
      dialog.save();

      assertThat(panel.rows())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.quote()).isEqualTo("French troops");
                assertThat(row.tags()).isEqualTo("verified");
                assertThat(row.note()).isEqualTo("Matches the AFP report");
              });
    }
  }

  @Test
  void cannotSaveWithoutATagOrANote() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article article = ingest(workspace);
      AnnotationDialogViewModel dialog =
          new AnnotationDialogViewModel(
              new AnnotationBoard(workspace.annotations()), article, spanOf(article, "Mali"));

      assertThat(dialog.canSaveProperty().get()).isFalse();
      dialog.tagProperty("needs-verification").set(true);
      assertThat(dialog.canSaveProperty().get()).isTrue();
    }
  }

  @Test
  void filtersByTagAuthorAndText() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article article = ingest(workspace);
      AnnotationBoard board = new AnnotationBoard(workspace.annotations());
      board.annotate(article, spanOf(article, "Mali"), List.of("verified"), "");
      board.annotate(article, spanOf(article, "French troops"), List.of("added-detail"), "why?");
      AnnotationsPanelViewModel panel = new AnnotationsPanelViewModel(board);

      panel.tagFilterProperty().set("added-detail");
      assertThat(panel.rows())
          .extracting(AnnotationsPanelViewModel.Row::quote)
          .containsExactly("French troops");
      panel.tagFilterProperty().set(AnnotationsPanelViewModel.ANY);
      panel.textFilterProperty().set("MALI");
      assertThat(panel.rows())
          .extracting(AnnotationsPanelViewModel.Row::quote)
          .containsExactly("Mali");
      panel.authorFilterProperty().set("nobody");
      assertThat(panel.rows()).isEmpty();
    }
  }

  @Test
  void editingChangesTagsAndNoteButKeepsThePassageAndSurvivesReopening() throws IOException {
    Path folder = temp.resolve("ws");
    Annotation original;
    try (Workspace workspace = Workspace.open(folder)) {
      Article article = ingest(workspace);
      AnnotationBoard board = new AnnotationBoard(workspace.annotations());
      original = board.annotate(article, spanOf(article, "Mali"), List.of("verified"), "first");
      AnnotationDialogViewModel dialog = new AnnotationDialogViewModel(board, original);
      assertThat(dialog.editing()).isTrue();
      assertThat(dialog.quote()).isEqualTo("Mali");
      assertThat(dialog.tagProperty("verified").get()).isTrue();
      assertThat(dialog.noteProperty().get()).isEqualTo("first");

      dialog.tagProperty("verified").set(false);
      dialog.tagProperty("added-detail").set(true);
      dialog.noteProperty().set("checked again");
      dialog.save();
    }
    try (Workspace reopened = Workspace.open(folder)) {
      assertThat(reopened.annotations().all())
          .singleElement()
          .satisfies(
              edited -> {
                assertThat(edited.id()).isEqualTo(original.id());
                assertThat(edited.span()).isEqualTo(original.span());
                assertThat(edited.created()).isEqualTo(original.created());
                assertThat(edited.tags()).containsExactly("added-detail");
                assertThat(edited.note()).isEqualTo("checked again");
                assertThat(edited.modified()).isAfterOrEqualTo(original.modified());
              });
    }
  }

  @Test
  void listsTheAnnotationAgainAfterTheWorkspaceIsReopened() throws IOException {
    Path folder = temp.resolve("ws");
    try (Workspace workspace = Workspace.open(folder)) {
      Article article = ingest(workspace);
      new AnnotationBoard(workspace.annotations())
          .annotate(article, spanOf(article, "Mali"), List.of("verified"), "");
    }
    try (Workspace reopened = Workspace.open(folder)) {
      AnnotationsPanelViewModel panel =
          new AnnotationsPanelViewModel(new AnnotationBoard(reopened.annotations()));

      assertThat(panel.rows())
          .extracting(AnnotationsPanelViewModel.Row::quote)
          .containsExactly("Mali");
    }
  }

  @Test
  void listsAnOrphanLastWithItsOriginalQuote() throws IOException {
    Path v1 = temp.resolve("v1.json");
    Path v2 = temp.resolve("v2.json");
    String url = "\"url\": \"https://news.example.org/mali\", \"outlet\": \"Example\"";
    Files.writeString(
        v1, "{" + url + ", \"body\": [\"" + TEXT.strip().replace("\n\n", " ") + "\"]}");
    Files.writeString(
        v2,
        "{" + url + ", \"body\": [\"Officials in Mali said on Saturday that talks went well.\"]}");
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article first =
          workspace.ingest(List.of(v1), IngestProgress.NONE, () -> false).stored().get(0);
      AnnotationBoard board = new AnnotationBoard(workspace.annotations());
      board.annotate(first, spanOf(first, "French troops"), List.of("verified"), "");
      board.annotate(first, spanOf(first, "Mali"), List.of("verified"), "");
      workspace.ingest(List.of(v2), IngestProgress.NONE, () -> false);

      AnnotationsPanelViewModel panel = new AnnotationsPanelViewModel(board);

      assertThat(panel.rows())
          .extracting(AnnotationsPanelViewModel.Row::quote, AnnotationsPanelViewModel.Row::orphan)
          .containsExactly(tuple("Mali", false), tuple("French troops", true));
    }
  }

  @Test
  void theImportSummaryCountsOrphanedAnnotations() {
    Annotation orphan =
        new Annotation(
            "urn:uuid:1",
            new ArticleId("a1"),
            "urn:parallax:article:a1",
            "hash",
            new Passage(null, "French troops", "", ""),
            List.of("verified"),
            "",
            "tester",
            Instant.EPOCH,
            Instant.EPOCH);

    String summary =
        ImportViewModel.summary(
            new IngestReport(List.of(), List.of(), List.of(), false, List.of(orphan)));

    assertThat(summary).contains("1 annotation(s) lost their words");
  }
}
