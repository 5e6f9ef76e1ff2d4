package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.testing.Articles;
import org.parallax.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library table in a real window on a real workspace of 40 reports over three months. */
@ExtendWith(ApplicationExtension.class)
class LibraryTableTest {

  @TempDir static Path folder;

  private final ExecutorService work =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "parallax-test-library"));
  private final Preferences prefs =
      Preferences.userRoot().node("org/parallax/test/library-table-" + System.nanoTime());
  private Workspace workspace;
  private LibraryViewModel viewModel;
  private TableView<SearchHit> table;

  @Start
  void start(Stage stage) throws Exception {
    workspace = Workspace.open(folder.resolve("ws-" + System.nanoTime()));
    workspace.ingestArticles(reports());
    viewModel = new LibraryViewModel(work, Platform::runLater);
    table = new LibraryTable(viewModel, new ColumnLayout(prefs)).table();
    stage.setScene(new Scene(table, 900, 500));
    stage.show();
    viewModel.setLibrary(workspace);
  }

  @AfterEach
  void close() throws Exception {
    work.shutdown();
    work.awaitTermination(30, TimeUnit.SECONDS);
    workspace.close();
    prefs.removeNode();
  }

  @Test
  void sortsByTheColumnWhoseHeaderIsClickedThenReverses(FxRobot robot) throws Exception {
    awaitRows(40);

    robot.clickOn(header(robot, "column-title"));
    awaitOrder(new LibraryOrder(LibraryOrder.Column.TITLE, false));
    List<String> ascending = titles();
    assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());

    robot.clickOn(header(robot, "column-title"));
    awaitOrder(new LibraryOrder(LibraryOrder.Column.TITLE, true));
    assertThat(titles()).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void selectsTwoRowsFromTheKeyboardForCompare(FxRobot robot) throws Exception {
    awaitRows(40);
    robot.interact(
        () -> {
          table.requestFocus();
          table.getSelectionModel().select(0);
          table.getFocusModel().focus(0);
        });

    robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewModel.selected()).hasSize(2);
    assertThat(viewModel.twoSelectedBinding().get()).isTrue();
  }

  @Test
  void groupsThePublishedFacetByMonthAndNarrowsToOne(FxRobot robot) throws Exception {
    awaitRows(40);

    assertThat(viewModel.dates())
        .extracting(FacetCount::value)
        .containsExactly("1987-05", "1987-04", "1987-03", "1987-02");

    int before = viewModel.searchesDoneProperty().get();
    robot.interact(() -> viewModel.toggleDate("1987-03"));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> viewModel.searchesDoneProperty().get() > before);

    assertThat(table.getItems())
        .isNotEmpty()
        .allMatch(hit -> hit.published().date().getMonthValue() == 3);
    assertThat(viewModel.dates()).allMatch(count -> count.value().startsWith("1987-03-"));
  }

  @Test
  void remembersWidthsAndSortForTheNextWindow(FxRobot robot) throws Exception {
    awaitRows(40);
    TableColumn<SearchHit, ?> outlet = table.getColumns().get(1);
    robot.interact(() -> outlet.setPrefWidth(170));
    robot.clickOn(header(robot, "column-words"));
    awaitOrder(new LibraryOrder(LibraryOrder.Column.WORDS, false));

    AtomicReference<TableView<SearchHit>> next = new AtomicReference<>();
    robot.interact(
        () ->
            next.set(
                new LibraryTable(
                        new LibraryViewModel(work, Platform::runLater), new ColumnLayout(prefs))
                    .table()));

    assertThat(next.get().getColumns().get(1).getPrefWidth()).isEqualTo(170);
    assertThat(LibraryTable.orderOf(next.get().getSortOrder()))
        .isEqualTo(new LibraryOrder(LibraryOrder.Column.WORDS, false));
  }

  private void awaitRows(int count) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == count);
  }

  private void awaitOrder(LibraryOrder order) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.getOrder().equals(order));
    int done = viewModel.searchesDoneProperty().get();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> viewModel.searchesDoneProperty().get() >= done && isOrdered(order));
  }

  private boolean isOrdered(LibraryOrder order) {
    List<String> titles = titles();
    Comparator<String> natural = Comparator.naturalOrder();
    return order.column() != LibraryOrder.Column.TITLE
        || titles.equals(
            titles.stream().sorted(order.descending() ? natural.reversed() : natural).toList());
  }

  private List<String> titles() {
    return table.getItems().stream()
        .map(hit -> hit.details().listedTitle().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  private static Node header(FxRobot robot, String columnId) {
    return robot
        .lookup(".column-header")
        .match(node -> node instanceof TableColumnHeader && columnId.equals(node.getId()))
        .query();
  }

  private static List<Article> reports() {
    List<Article> reports = new ArrayList<>();
    LocalDate first = LocalDate.of(1987, 2, 20);
    for (int i = 0; i < 40; i++) {
      reports.add(
          Articles.withId("report-" + i)
              .outlet(i % 3 == 0 ? "Reuters" : "AP")
              .title("Report " + (char) ('a' + (i * 7) % 26) + " number " + i)
              .published(first.plusDays(i * 2L).toString())
              .paragraphs("Cocoa rains in Bahia, report " + i + ".", "word ".repeat(i + 1).strip())
              .build());
    }
    return reports;
  }
}
