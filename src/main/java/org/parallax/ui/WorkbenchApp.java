package org.parallax.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parallax.workspace.IndexChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one main window on one workspace. */
public final class WorkbenchApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
  private static final ExecutorService OPENER = Background.singleThread("open");
  private static volatile Path workspaceFolder;
  private static volatile IndexChoice library = IndexChoice.REMEMBERED;
  private static volatile CompletableFuture<Services> opening;

  private final ExecutorService work = Background.singleThread("work");
  private final ExecutorService importWork = Background.singleThread("import");
  private volatile Services services;

  /**
   * Opens the workbench window on a workspace and returns when it closes.
   *
   * @param workspace the workspace folder, created on first use
   * @param articles where the articles live ({@code --index}), or {@link IndexChoice#REMEMBERED}
   */
  public static void launch(Path workspace, IndexChoice articles) {
    workspaceFolder = workspace;
    library = articles;
    // Open the index while the toolkit starts: the two overlap instead of queueing.
    opening = openInBackground(workspace, OPENER);
    Application.launch(WorkbenchApp.class);
  }

  /** Starts opening a workspace on an executor and returns the services to come. */
  static CompletableFuture<Services> openInBackground(Path folder, Executor executor) {
    return CompletableFuture.supplyAsync(() -> WorkspaceServices.open(folder, library), executor);
  }

  @Override
  public void start(Stage stage) {
    opening.thenAccept(opened -> services = opened);
    show(stage, workspaceFolder, work, importWork, opening);
  }

  /**
   * Shows the main window on a stage at once and opens the workspace in the background, filling the
   * library when it is ready; logs how long both took since the JVM started.
   */
  static MainWindow show(
      Stage stage,
      Path folder,
      Executor work,
      Executor importWork,
      CompletableFuture<Services> opening) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    MainWindowViewModel viewModel =
        new MainWindowViewModel(folder, work, importWork, Platform::runLater);
    MainWindow window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("Parallax — " + folder);
    stage.setScene(scene);
    // Fill the screen: without a window manager (Xvfb, kiosks) maximising alone does nothing.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setX(screen.getMinX());
    stage.setY(screen.getMinY());
    stage.setWidth(screen.getWidth());
    stage.setHeight(screen.getHeight());
    stage.show();
    long shown = sinceStart();
    LOG.info("Window shown {} ms after the JVM started", shown);
    viewModel
        .library()
        .searchesDoneProperty()
        .addListener(
            (o, was, now) -> {
              if (was.intValue() == 0) {
                LOG.info(
                    "Library usable {} ms after the JVM started (window shown at {} ms)",
                    sinceStart(),
                    shown);
              }
            });
    opening.whenComplete(
        (opened, failure) -> {
          if (failure == null) {
            Platform.runLater(() -> viewModel.open(opened));
          } else {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            LOG.error("Cannot open workspace {}", folder, cause);
            Platform.runLater(() -> viewModel.openFailed(cause));
          }
        });
    return window;
  }

  @Override
  public void stop() throws Exception {
    OPENER.shutdownNow();
    work.shutdownNow();
    importWork.shutdownNow();
    Services open = services;
    if (open != null) {
      open.closer().close();
    }
  }

  /** Returns the window's stylesheet. */
  public static String stylesheet() {
    return WorkbenchApp.class.getResource("parallax.css").toExternalForm();
  }

  private static long sinceStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
