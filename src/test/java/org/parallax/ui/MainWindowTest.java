package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a real, freshly seeded workspace. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  @TempDir Path folder;

  private WindowFixture fixture;
  private MainWindowViewModel viewModel;

  @Start
  void start(Stage stage) {
    fixture = WindowFixture.open(folder.resolve("workspace"), stage);
    viewModel = fixture.viewModel();
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  @Test
  void leavesTheAnnotationsPanelClosedWhileThereAreNoAnnotations(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#annotations-table").tryQuery()).isEmpty();
  }

  @Test
  void opensWithMenusAndTheSeededReportsListed(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#menus").queryAs(MenuBar.class).getMenus())
        .extracting(m -> m.getText())
        .contains("File", "Edit", "View", "Compare", "Help");
    WindowFixture.awaitListed(robot, 2);

    assertThat(hits(robot).getItems()).extracting(SearchHit::outlet).contains("Reuters");
  }

  @Test
  void syndicationScanListsTheUncreditedRewriteOfTheSeeds(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);

    robot.interact(viewModel::scan);
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#scan-pairs").tryQuery().isPresent());

    @SuppressWarnings("unchecked")
    javafx.scene.control.TableView<org.parallax.syndication.ScanPair> table =
        robot.lookup("#scan-pairs").queryAs(javafx.scene.control.TableView.class);
    assertThat(table.getItems())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(pair.derived().outlet()).isEqualTo("Diplomat.so");
              assertThat(pair.source().outlet()).isEqualTo("Reuters");
              assertThat(pair.credited()).isFalse();
            });

    // The table may still be laying out its rows after the tab appears.
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#scan-pairs .table-row-cell").queryAll().stream()
                .anyMatch(row -> !((javafx.scene.control.TableRow<?>) row).isEmpty()));
    robot.doubleClickOn(robot.lookup("#scan-pairs .table-row-cell").nth(0).queryAs(Node.class));

    assertThat(ComparisonTabs.awaitOpened(robot)).isEqualTo("Reuters ⟷ Diplomat.so");
  }

  @Test
  void compareIsEnabledOnlyWithTwoReportsSelected(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    Button compare = robot.lookup("#compare-button").queryAs(Button.class);
    assertThat(compare.isDisabled()).isTrue();

    robot.interact(() -> hits(robot).getSelectionModel().selectIndices(0, 1));

    assertThat(compare.isDisabled()).isFalse();
  }

  @Test
  void showsABadQueryInlineUnderTheSearchField(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    robot.clickOn("#search").write("Mali AND (drones").type(javafx.scene.input.KeyCode.ENTER);

    Label error = robot.lookup("#search-error").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, error::isVisible);
    assertThat(error.getText()).startsWith("Cannot run this query");
    assertThat(robot.lookup("#search").queryAs(TextField.class).getText())
        .isEqualTo("Mali AND (drones");
  }

  @Test
  void importingAFolderListsTheFileThatFailed(FxRobot robot) throws Exception {
    Path incoming = Files.createDirectories(folder.resolve("incoming"));
    Files.writeString(
        incoming.resolve("report.txt"),
        "Bamako, 12 March 2026\n\nThe junta said on Thursday it would hold talks.\n",
        StandardCharsets.UTF_8);
    Files.write(incoming.resolve("empty.txt"), new byte[0]);

    robot.interact(() -> viewModel.incoming().importPaths(List.of(incoming)));

    @SuppressWarnings("unchecked")
    ListView<org.parallax.model.IngestFailure> failures =
        robot.lookup("#import-failures").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !failures.getItems().isEmpty());
    // The failures are shown in the same UI task that then asks the library to search again: let
    // it end, so that search is queued before the test's executors shut down.
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(failures.getItems())
        .extracting(f -> Path.of(f.path()).getFileName().toString())
        .containsExactly("empty.txt");
    assertThat(failures.isVisible()).isTrue();
  }

  @Test
  void compareOpensTheSeedComparisonInATab(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    robot.interact(() -> hits(robot).getSelectionModel().selectIndices(0, 1));

    robot.clickOn("#compare-button");

    javafx.scene.control.TabPane work =
        robot.lookup("#work-area").queryAs(javafx.scene.control.TabPane.class);
    WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !work.getTabs().isEmpty());
    assertThat(work.getTabs().get(0).getText()).isEqualTo("Reuters ⟷ Diplomat.so");
  }

  @Test
  void relatedListsTheOtherSeedReport(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    robot.interact(() -> hits(robot).getSelectionModel().select(0));

    robot.clickOn("#related-button");

    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#related").tryQuery().isPresent());
    ListView<SearchHit> related = robot.lookup("#related").query();
    assertThat(related.getItems()).isNotEmpty();
    assertThat(related.getItems())
        .extracting(SearchHit::id)
        .doesNotContain(hits(robot).getItems().get(0).id());
  }

  private static TableView<SearchHit> hits(FxRobot robot) {
    return WindowFixture.hits(robot);
  }
}
