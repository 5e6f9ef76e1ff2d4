package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.parallax.syndication.EventGrouping.Event;
import org.parallax.ui.compare.ComparisonView;
import org.parallax.ui.compare.DifferenceItem;
import org.parallax.ui.compare.Side;

/**
 * Opens the real window on a display and drives it into a scene worth a screenshot (the library,
 * the seed comparison, an import). Not a test: run by hand under Xvfb, then capture the screen.
 *
 * <p>Arguments: workspace folder, scene ({@code library}, {@code compare}, {@code scan}, {@code
 * events}, {@code import}, {@code alerts}), for {@code library} optionally a query (the first hit
 * is selected and opened), for {@code import} the folder to import, and for {@code alerts}
 * optionally a folder to watch; for {@code compare}, {@code -Dparallax.f7=N} steps through N
 * differences and {@code -Dparallax.select=LABEL} selects one (the annotations and corrections
 * screenshots are this scene on a workspace holding some); {@code -Dparallax.dark=true} for the
 * dark theme; for {@code events}, {@code -Dparallax.event=OUTLET} selects the event with a report
 * from that outlet and {@code -Dparallax.claim=N} its claim in row N; for {@code library} with a
 * query, {@code -Dparallax.libraryShare=0.6} widens the library beside the opened article.
 */
public final class ScreenshotScenes extends Application {

  private final ExecutorService work = Background.singleThread("work");
  private final ExecutorService importWork = Background.singleThread("import");

  /** Starts the window from a class that is not the Application, as the JavaFX launcher needs. */
  public static final class Launcher {
    private Launcher() {}

    /**
     * Starts the window.
     *
     * @param args workspace, scene, and the folder for the import scene
     */
    public static void main(String[] args) {
      Application.launch(ScreenshotScenes.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    String scene = args.size() > 1 ? args.get(1) : "library";
    Path folder = Path.of(args.get(0));
    MainWindow window =
        WorkbenchApp.show(
            stage, folder, work, importWork, WorkbenchApp.openInBackground(folder, work));
    MainWindowViewModel viewModel = window.viewModel();
    viewModel.setDarkTheme(Boolean.getBoolean("parallax.dark"));
    viewModel
        .library()
        .searchesDoneProperty()
        .addListener(
            (o, was, now) -> {
              if (was.intValue() != 0) {
                return;
              }
              if (scene.equals("compare")) {
                window.library().hits().getSelectionModel().selectIndices(0, 1);
                viewModel.compareSelected();
                int steps = Integer.getInteger("parallax.f7", 2);
                stepLater(window, steps);
              } else if (scene.equals("library") && args.size() > 2) {
                // Once the query's rows are in, the first is selected (its matches show under
                // the table) and opened.
                viewModel
                    .library()
                    .searchesDoneProperty()
                    .addListener(
                        (done, before, after) -> {
                          if (after.intValue() == 2) {
                            window.library().hits().getSelectionModel().select(0);
                            viewModel.openArticle(viewModel.library().hits().get(0).id());
                            widenLibraryLater(stage, System.getProperty("parallax.libraryShare"));
                          }
                        });
                viewModel.library().setQuery(args.get(2));
                viewModel.library().search();
              } else if (scene.equals("scan")) {
                viewModel.scan();
              } else if (scene.equals("events")) {
                viewModel.events();
                selectEventLater(stage, System.getProperty("parallax.event"));
              } else if (scene.equals("alerts")) {
                if (args.size() > 2) {
                  window.alerts().watch(Path.of(args.get(2)));
                }
                window.alerts().showAlerts();
                Platform.runLater(
                    () -> {
                      if (stage.getScene().lookup("#alerts-list") instanceof ListView<?> alerts) {
                        alerts.getSelectionModel().selectFirst();
                      }
                    });
              } else if (scene.equals("archive")) {
                // File > Open archive…, as choosing it from the menu does.
                if (stage.getScene().lookup("#menus")
                    instanceof javafx.scene.control.MenuBar menus) {
                  menus.getMenus().get(0).getItems().stream()
                      .filter(item -> "open-archive".equals(item.getId()))
                      .findFirst()
                      .ifPresent(item -> Platform.runLater(item::fire));
                }
              } else if (scene.equals("import")) {
                viewModel.incoming().importPaths(List.of(Path.of(args.get(2))));
              }
            });
  }

  private static void stepLater(MainWindow window, int steps) {
    inBackground(
        "parallax-screenshot-driver",
        () -> {
          for (int i = 0; i < 600; i++) {
            sleep(100);
            boolean[] ready = {false};
            Platform.runLater(() -> ready[0] = window.currentComparison().isPresent());
            sleep(100);
            if (ready[0]) {
              sleep(1500);
              for (int k = 0; k < steps; k++) {
                Platform.runLater(() -> window.currentComparison().ifPresent(ComparisonView::next));
                sleep(300);
              }
              String wanted = System.getProperty("parallax.select");
              if (wanted != null) {
                Platform.runLater(
                    () -> window.currentComparison().ifPresent(view -> select(view, wanted)));
              }
              return;
            }
          }
        });
  }

  /**
   * Drags the divider between library and work area to {@code share} of the window once the opened
   * article has taken its room, as a user reading the table would; nothing when null.
   */
  private static void widenLibraryLater(Stage stage, String share) {
    if (share == null) {
      return;
    }
    inBackground(
        "parallax-screenshot-divider",
        () -> {
          sleep(3000);
          Platform.runLater(
              () -> {
                if (stage.getScene().lookup(".split-pane") instanceof SplitPane split) {
                  split.setDividerPositions(Double.parseDouble(share));
                }
              });
        });
  }

  /** Once the events are listed, selects the first with a report from {@code outlet}. */
  private static void selectEventLater(Stage stage, String outlet) {
    if (outlet == null) {
      return;
    }
    inBackground(
        "parallax-screenshot-events",
        () -> {
          for (int i = 0; i < 600; i++) {
            sleep(200);
            boolean[] done = {false};
            Platform.runLater(() -> done[0] = selectEvent(stage, outlet));
            sleep(100);
            if (done[0]) {
              selectClaimLater(stage, Integer.getInteger("parallax.claim", -1));
              return;
            }
          }
        });
  }

  /** Once the selected event's matrix is shown, selects its claim in row {@code row}. */
  private static void selectClaimLater(Stage stage, int row) {
    for (int i = 0; row >= 0 && i < 600; i++) {
      sleep(200);
      boolean[] done = {false};
      Platform.runLater(
          () -> {
            if (stage.getScene().lookup("#event-matrix") instanceof TableView<?> matrix
                && matrix.getItems().size() > row) {
              matrix.getSelectionModel().select(row);
              done[0] = true;
            }
          });
      sleep(100);
      if (done[0]) {
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean selectEvent(Stage stage, String outlet) {
    if (!(stage.getScene().lookup("#events-list") instanceof ListView<?> list)) {
      return false;
    }
    ListView<Event> events = (ListView<Event>) list;
    for (Event event : events.getItems()) {
      if (event.reports().stream().anyMatch(r -> outlet.equals(r.outlet()))) {
        events.getSelectionModel().select(event);
        events.scrollTo(event);
        return true;
      }
    }
    return false;
  }

  /**
   * Selects a sentence ({@code right:WORDS}) or the first difference whose label starts with {@code
   * wanted} ({@code Quote+altered}); a {@code +} stands for a space, so the value passes through a
   * shell unquoted.
   */
  private static void select(ComparisonView view, String wanted) {
    String label = wanted.replace('+', ' ');
    if (label.startsWith("right:")) {
      String words = label.substring("right:".length());
      String[] paragraphs = view.viewModel().document(Side.RIGHT).text().split("\n", -1);
      for (int n = 0; n < paragraphs.length; n++) {
        if (paragraphs[n].contains(words)) {
          view.viewModel().selectSentence(Side.RIGHT, n);
          return;
        }
      }
    }
    List<DifferenceItem> items = view.viewModel().differences();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).label().startsWith(label)) {
        view.viewModel().selectDifference(i);
        return;
      }
    }
  }

  /** Runs the scene's driver on a named daemon thread, so it never keeps the window open. */
  private static void inBackground(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
