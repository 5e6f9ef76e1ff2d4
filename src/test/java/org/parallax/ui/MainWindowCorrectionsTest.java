package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.SearchHit;
import org.parallax.ui.compare.ComparisonView;
import org.parallax.ui.compare.DifferenceItem;
import org.parallax.ui.compare.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Correcting the seed comparison in the real window: pick a sentence in each pane and Link
 * (Ctrl+L), see the analyst's mark and the engine's suggestion beside it, Undo (Ctrl+Z), dismiss a
 * difference from the list.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowCorrectionsTest {

  @TempDir Path folder;

  private WindowFixture fixture;
  private Services services;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    fixture = WindowFixture.open(folder.resolve("workspace"), stage);
    services = fixture.services();
    window = fixture.window();
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  private ComparisonView openSeedComparison(FxRobot robot) throws Exception {
    TableView<SearchHit> hits = WindowFixture.awaitListed(robot, 2);
    robot.interact(() -> hits.getSelectionModel().selectIndices(0, 1));
    robot.clickOn("#compare-button");
    ComparisonTabs.awaitOpened(robot);
    return window.currentComparison().orElseThrow();
  }

  private int corrections() {
    return services.annotations().corrections().all().size();
  }

  /** Waits until the tab shows a comparison other than {@code before} (one made again). */
  private ComparisonView awaitRedrawn(ComparisonView before) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> window.currentComparison().filter(now -> now != before).isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return window.currentComparison().orElseThrow();
  }

  @Test
  void linksTwoPickedSentencesMarksThemAndUndoes(FxRobot robot) throws Exception {
    ComparisonView view = openSeedComparison(robot);
    robot.interact(
        () -> {
          view.viewModel().selectSentence(Side.LEFT, 28);
          view.viewModel().selectSentence(Side.RIGHT, 11);
        });
    assertThat(robot.lookup("#correction-picked").queryAs(Label.class).getText())
        .isEqualTo("Picked: L28 = R11");

    // Focus inside the tab without a click, which would pick the sentence under the mouse.
    robot.interact(() -> robot.lookup("#left-pane").query().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
    ComparisonView linked = awaitRedrawn(view);

    assertThat(corrections()).isEqualTo(1);
    Correction made = services.annotations().corrections().all().get(0);
    assertThat(made.kind()).isEqualTo(CorrectionKind.LINK);
    StyleClassedTextArea left = robot.lookup("#left-pane").queryAs(StyleClassedTextArea.class);
    assertThat(left.getParagraph(28).getParagraphStyle()).contains("claim-corrected");
    assertThat(
            robot.lookup("#corrections").queryAll().iterator().next().lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()))
        .anyMatch(text -> text.contains("linked") && text.contains("L28 = R11"))
        .anyMatch(text -> text.startsWith("engine: "));

    robot.interact(() -> robot.lookup("#left-pane").query().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    awaitRedrawn(linked);

    assertThat(corrections()).isZero();
    assertThat(robot.lookup("#corrections").tryQuery()).isEmpty();
  }

  @Test
  void dismissesTheSelectedDifference(FxRobot robot) throws Exception {
    ComparisonView view = openSeedComparison(robot);
    @SuppressWarnings("unchecked")
    ListView<DifferenceItem> differences = robot.lookup("#differences").queryAs(ListView.class);
    int title =
        differences.getItems().stream()
            .map(DifferenceItem::label)
            .toList()
            .indexOf("Title changed");
    assertThat(title).isNotNegative();
    robot.interact(() -> differences.getSelectionModel().select(title));

    robot.clickOn("#correct-dismiss");
    awaitRedrawn(view);

    assertThat(corrections()).isEqualTo(1);
    assertThat(services.annotations().corrections().all().get(0).value()).isEqualTo("title");
    Node list = robot.lookup("#corrections").query();
    assertThat(list.lookupAll(".label").stream().map(node -> ((Label) node).getText()))
        .anyMatch(text -> text.contains("not a difference: title"));
  }
}
