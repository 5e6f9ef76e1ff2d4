package org.parallax.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.parallax.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a workspace folder, as the window tests set it up: background work on
 * named threads, the window at 1280x800 with the application's stylesheet, the workspace's services
 * opened once the window shows, and all of it shut down after each test. Create it in a test's
 * {@code @Start}, {@link #close} it in its {@code @AfterEach}.
 */
final class WindowFixture {

  /** How long a test waits for the library to list what the workspace holds. */
  private static final long LIBRARY_SECONDS = 20;

  private final ExecutorService work = Background.singleThread("test-work");
  private final ExecutorService importWork = Background.singleThread("test-import");
  private final MainWindowViewModel viewModel;
  private final MainWindow window;
  private Services services;

  private WindowFixture(Path workspace, boolean separateImports, Stage stage) {
    viewModel =
        new MainWindowViewModel(
            workspace, work, separateImports ? importWork : work, Platform::runLater);
    window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(WorkbenchApp.stylesheet());
    stage.setScene(scene);
    stage.show();
  }

  /**
   * Shows the window on a workspace folder (created and seeded with the sample reports when new)
   * and opens its services as the application does.
   */
  static WindowFixture open(Path workspace, Stage stage) {
    WindowFixture fixture = new WindowFixture(workspace, true, stage);
    fixture.open(WorkspaceServices.open(workspace));
    return fixture;
  }

  /**
   * Shows the window with services a test assembles itself; imports share the work thread.
   *
   * @param workspace the folder the window names
   * @param services what the window works with; its closer is closed with the fixture
   */
  static WindowFixture open(Path workspace, Services services, Stage stage) {
    WindowFixture fixture = new WindowFixture(workspace, false, stage);
    fixture.open(services);
    return fixture;
  }

  private void open(Services opened) {
    services = opened;
    viewModel.open(opened);
  }

  MainWindowViewModel viewModel() {
    return viewModel;
  }

  MainWindow window() {
    return window;
  }

  Services services() {
    return services;
  }

  /** Returns the library table of the window the robot sees. */
  @SuppressWarnings("unchecked") // the node with this id is the library's TableView<SearchHit>
  static TableView<SearchHit> hits(FxRobot robot) {
    return robot.lookup("#hits").queryAs(TableView.class);
  }

  /** Waits until the library lists at least {@code count} reports and returns its table. */
  static TableView<SearchHit> awaitListed(FxRobot robot, int count) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        LIBRARY_SECONDS, TimeUnit.SECONDS, () -> hits(robot).getItems().size() >= count);
    return hits(robot);
  }

  /** Stops the background work (waiting for what runs) and closes the workspace's services. */
  void close() throws Exception {
    work.shutdown();
    importWork.shutdown();
    work.awaitTermination(30, TimeUnit.SECONDS);
    importWork.awaitTermination(30, TimeUnit.SECONDS);
    // The window may have reopened the workspace on another library and closed these.
    Services current = viewModel.servicesProperty().get();
    if (current != null) {
      current.closer().close();
    }
  }
}
