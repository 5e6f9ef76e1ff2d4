package org.parallax.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Span;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The annotate flow through the real dialog and panel, headless, on a real workspace. */
@ExtendWith(ApplicationExtension.class)
class AnnotateFlowTest {

  @TempDir Path folder;

  private Workspace workspace;
  private Article article;
  private AnnotationBoard board;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path file = folder.resolve("mali.txt");
    Files.writeString(
        file,
        "The United States is nearing a deal with Mali to resume surveillance flights.\n\n"
            + "The junta expelled French troops in 2022.\n",
        StandardCharsets.UTF_8);
    workspace = Workspace.open(folder.resolve("ws"));
    article = workspace.ingest(List.of(file), IngestProgress.NONE, () -> false).stored().get(0);
    board = new AnnotationBoard(workspace.annotations());
    AnnotationsPanel panel =
        new AnnotationsPanel(
            new AnnotationsPanelViewModel(board), a -> {}, this::editInDialog, a -> {});
    stage.setScene(new Scene((javafx.scene.Parent) panel.root(), 1000, 400));
    stage.show();
  }

  /** What the main window does on Edit annotation…: the dialog on the annotation. */
  private void editInDialog(Annotation annotation) {
    try {
      new AnnotationDialog(new AnnotationDialogViewModel(board, annotation), stage).showAndSave();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void savesWhatTheDialogSaysAndListsItInThePanel(FxRobot robot) throws Exception {
    int at = article.text().indexOf("French troops");
    AnnotationDialogViewModel dialog =
        new AnnotationDialogViewModel(board, article, new Span(at, at + "French troops".length()));
    Platform.runLater(
        () -> {
          try {
            new AnnotationDialog(dialog, stage).showAndSave();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#tag-verified").queryAll().stream().anyMatch(n -> n.isVisible()));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#tag-verified");
    robot.clickOn("#annotation-note").write("Checked against AFP");
    robot.clickOn("#annotation-save");

    @SuppressWarnings("unchecked")
    TableView<AnnotationsPanelViewModel.Row> table =
        robot.lookup("#annotations-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    assertThat(table.getItems())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.quote()).isEqualTo("French troops");
              assertThat(row.tags()).isEqualTo("verified");
              assertThat(row.note()).isEqualTo("Checked against AFP");
            });
    assertThat(workspace.annotations().all()).hasSize(1);
  }

  @Test
  void editingFromThePanelChangesTheNoteInPlace(FxRobot robot) throws Exception {
    int at = article.text().indexOf("Mali");
    robot.interact(
        () -> {
          try {
            board.annotate(article, new Span(at, at + 4), List.of("verified"), "first look");
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#annotations-table .table-row-cell").queryAll().size() > 0);

    // The row's context menu item, as a right-click offers it (menus do not pop up under Monocle).
    javafx.scene.control.TableRow<?> row =
        robot
            .lookup("#annotations-table .table-row-cell")
            .nth(0)
            .queryAs(javafx.scene.control.TableRow.class);
    Platform.runLater(
        () ->
            row.getContextMenu().getItems().stream()
                .filter(item -> item.getText().equals("Edit annotation…"))
                .findFirst()
                .orElseThrow()
                .fire());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#annotation-note").queryAll().stream().anyMatch(n -> n.isVisible()));
    robot.interact(
        () ->
            robot.lookup("#annotation-note").queryAs(javafx.scene.control.TextArea.class).clear());
    robot.clickOn("#annotation-note").write("checked with the embassy");
    robot.clickOn("#annotation-save");

    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> "checked with the embassy".equals(workspace.annotations().all().get(0).note()));
    assertThat(workspace.annotations().all())
        .singleElement()
        .satisfies(
            edited -> {
              assertThat(edited.exact()).isEqualTo("Mali");
              assertThat(edited.tags()).containsExactly("verified");
            });
  }
}
