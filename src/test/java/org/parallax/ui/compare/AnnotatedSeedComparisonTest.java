package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.ui.Services;
import org.parallax.ui.WorkbenchApp;
import org.parallax.ui.WorkspaceServices;
import org.parallax.ui.annotate.AnnotationBoard;
import org.parallax.ui.annotate.AnnotationStyles;
import org.parallax.workspace.SearchRequest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Annotating the seed comparison in the real view: select Reuters words, Annotate…, tick a tag,
 * Save; the words are marked, the aligned Diplomat.so claim is marked as from the partner, and both
 * marks are back after the workspace is closed and opened again.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotatedSeedComparisonTest {

  private static final String WORDS = "The top U.S. envoy to Africa";

  @TempDir Path folder;

  private Stage stage;
  private Services services;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new BorderPane(), 1280, 800));
    stage.getScene().getStylesheets().add(WorkbenchApp.stylesheet());
    stage.show();
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    if (services != null) {
      services.closer().close();
    }
  }

  /** Opens the workspace and shows the seed comparison with annotations enabled. */
  private ComparisonView open(FxRobot robot) {
    services = WorkspaceServices.open(folder.resolve("workspace"));
    List<Article> seeds =
        services.library().search(SearchRequest.of("", 10)).hits().stream()
            .map(hit -> services.library().article(hit.id()))
            .flatMap(Optional::stream)
            .toList();
    Article reuters = seeds.stream().filter(a -> "Reuters".equals(a.outlet())).findFirst().get();
    Article diplomat = seeds.stream().filter(a -> a != reuters).findFirst().get();
    Comparison comparison = services.comparer().compare(reuters, diplomat);
    AnnotationBoard board = new AnnotationBoard(services.annotations());
    ComparisonView[] view = new ComparisonView[1];
    robot.interact(
        () -> {
          view[0] = new ComparisonView(new ComparisonViewModel(comparison));
          view[0].enableAnnotations(board);
          BorderPane root = new BorderPane(view[0].root());
          root.getStyleClass().add("parallax");
          stage.getScene().setRoot(root);
        });
    return view[0];
  }

  private static Collection<String> stylesAt(StyleClassedTextArea area, String words, int plus) {
    return area.getStyleAtPosition(area.getText().indexOf(words) + plus + 1);
  }

  private static StyleClassedTextArea area(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(StyleClassedTextArea.class);
  }

  private static int sentenceOfRight(StyleClassedTextArea right, String words) {
    return right.getText().indexOf(words);
  }

  @Test
  void annotatesSelectedWordsMarksThePartnerAndKeepsBothAcrossARestart(FxRobot robot)
      throws Exception {
    ComparisonView view = open(robot);
    StyleClassedTextArea left = area(robot, "#left-pane");
    int at = left.getText().indexOf(WORDS);
    robot.interact(() -> left.selectRange(at, at + WORDS.length()));

    Platform.runLater(() -> view.annotator().orElseThrow().annotate());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#tag-changed-name-or-title").queryAll().stream()
                .anyMatch(n -> n.isVisible()));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#tag-changed-name-or-title");
    robot.clickOn("#annotation-note").write("Diplomat.so names a different official");
    robot.clickOn("#annotation-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !services.annotations().all().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(stylesAt(left, WORDS, 0)).contains(AnnotationStyles.ANNOTATED);
    StyleClassedTextArea right = area(robot, "#right-pane");
    assertThat(right.getStyleAtPosition(sentenceOfRight(right, "Senior Bureau Official") + 1))
        .contains(AnnotationStyles.ANNOTATED_PARTNER);

    services.closer().close();
    services = null;
    open(robot);

    assertThat(stylesAt(area(robot, "#left-pane"), WORDS, 0)).contains(AnnotationStyles.ANNOTATED);
    StyleClassedTextArea reopenedRight = area(robot, "#right-pane");
    assertThat(
            reopenedRight.getStyleAtPosition(
                sentenceOfRight(reopenedRight, "Senior Bureau Official") + 1))
        .contains(AnnotationStyles.ANNOTATED_PARTNER);
  }
}
