package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.EventFixtures;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.ReportRef;
import org.parallax.ui.events.ClaimMatrixView;
import org.parallax.ui.events.EventsViewModel;
import org.parallax.ui.events.WorkspaceEventSource;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Events tab on a real workspace holding two events and an unrelated report. */
@ExtendWith(ApplicationExtension.class)
class EventsViewTest {

  private static final String ONLY_IN_REWRITE = "Local farmers' unions called for compensation.";

  @TempDir Path folder;

  private WindowFixture fixture;
  private MainWindowViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    Workspace workspace = Workspace.open(folder.resolve("workspace"));
    workspace.ingestArticles(EventFixtures.twoEvents());
    LexicalComparer comparer = LexicalComparer.standard();
    fixture =
        WindowFixture.open(
            workspace.folder(),
            new Services(
                workspace,
                comparer,
                null,
                workspace,
                null,
                null,
                new WorkspaceEventSource(workspace, comparer),
                null),
            stage);
    viewModel = fixture.viewModel();
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  @Test
  void listsTheTwoEventsWithTheirReportsEarliestFirst(FxRobot robot) throws Exception {
    openEvents(robot);

    assertThat(events(robot).getItems())
        .extracting(e -> e.reports().stream().map(ReportRef::id).toList())
        .containsExactlyInAnyOrder(List.of("wire", "rewrite"), List.of("concert", "review"));
    assertThat(folder.resolve("workspace").resolve("events").resolve("events.json"))
        .isRegularFile();
  }

  @Test
  void matrixMarksWhichReportCarriesEachClaimAndWhoHadItFirst(FxRobot robot) throws Exception {
    openEvents(robot);
    selectEvent(robot, "wire");

    TableView<EventMatrix.ClaimRow> matrix = matrix(robot);
    EventMatrix.ClaimRow shared =
        matrix.getItems().stream().filter(c -> c.reports().size() == 2).findFirst().orElseThrow();
    EventMatrix.ClaimRow once =
        matrix.getItems().stream()
            .filter(c -> c.text().equals(ONLY_IN_REWRITE))
            .findFirst()
            .orElseThrow();
    assertThat(markOf(robot, "wire", shared)).isEqualTo(EventsViewModel.Mark.FIRST);
    assertThat(markOf(robot, "rewrite", shared)).isEqualTo(EventsViewModel.Mark.HAS);
    assertThat(markOf(robot, "wire", once)).isEqualTo(EventsViewModel.Mark.NONE);
    assertThat(markOf(robot, "rewrite", once)).isEqualTo(EventsViewModel.Mark.FIRST);
  }

  @Test
  void drawsTheFirstMarksAndTintsTheClaimsOnlyOneReportCarries(FxRobot robot) throws Exception {
    openEvents(robot);
    selectEvent(robot, "wire");

    assertThat(robot.lookup("#event-matrix ." + ClaimMatrixView.FIRST_MARK).queryAll())
        .isNotEmpty();
    assertThat(robot.lookup("#event-matrix ." + ClaimMatrixView.HAS_MARK).queryAll()).isNotEmpty();
    assertThat(robot.lookup("#event-matrix ." + ClaimMatrixView.ONCE_ROW).queryAll()).isNotEmpty();
  }

  @Test
  void onlyOnceLeavesTheClaimsASingleReportCarries(FxRobot robot) throws Exception {
    openEvents(robot);
    selectEvent(robot, "wire");

    robot.clickOn("#events-only-once");

    WaitForAsyncUtils.waitForFxEvents();
    assertThat(matrix(robot).getItems())
        .isNotEmpty()
        .allMatch(EventMatrix.ClaimRow::onlyOnce)
        .extracting(EventMatrix.ClaimRow::text)
        .contains(ONLY_IN_REWRITE);
  }

  @Test
  void doubleClickingAReportComparesItWithTheEarliest(FxRobot robot) throws Exception {
    openEvents(robot);
    selectEvent(robot, "wire");
    @SuppressWarnings("unchecked")
    ListView<ReportRef> reports = robot.lookup("#event-reports").queryAs(ListView.class);
    robot.interact(() -> reports.getSelectionModel().select(1));

    robot.doubleClickOn(robot.lookup("#event-reports .list-cell").nth(1).queryAs(Node.class));

    assertThat(ComparisonTabs.awaitOpened(robot)).isEqualTo("Reuters ⟷ Daily Courier");
  }

  private void openEvents(FxRobot robot) throws Exception {
    robot.interact(viewModel::events);
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#events-list").tryQuery().isPresent());
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> events(robot).getItems().size() == 2);
  }

  private static void selectEvent(FxRobot robot, String id) throws Exception {
    ListView<EventGrouping.Event> list = events(robot);
    EventGrouping.Event event =
        list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    robot.interact(() -> list.getSelectionModel().select(event));
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> matrix(robot).getColumns().size() == 1 + event.reports().size());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static EventsViewModel.Mark markOf(
      FxRobot robot, String reportId, EventMatrix.ClaimRow claim) {
    TableView<EventMatrix.ClaimRow> matrix = matrix(robot);
    TableColumn<EventMatrix.ClaimRow, ?> column =
        matrix.getColumns().stream()
            .filter(c -> reportId.equals(c.getUserData()))
            .findFirst()
            .orElseThrow();
    return (EventsViewModel.Mark)
        column.getCellObservableValue(matrix.getItems().indexOf(claim)).getValue();
  }

  @SuppressWarnings("unchecked")
  private static ListView<EventGrouping.Event> events(FxRobot robot) {
    return robot.lookup("#events-list").queryAs(ListView.class);
  }

  @SuppressWarnings("unchecked")
  private static TableView<EventMatrix.ClaimRow> matrix(FxRobot robot) {
    return robot.lookup("#event-matrix").queryAs(TableView.class);
  }
}
