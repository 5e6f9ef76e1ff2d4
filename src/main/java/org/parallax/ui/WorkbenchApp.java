package org.parallax.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one main window on one workspace. */
public final class WorkbenchApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
  private static volatile Path workspaceFolder;

  private final ExecutorService work = Background.singleThread("work");
  private final ExecutorService importWork = Background.singleThread("import");
  private volatile Services services;

  /**
   * Opens the workbench window on a workspace and returns when it closes.
   *
   * @param workspace the workspace folder, created on first use
   */
  public static void launch(Path workspace) {
    workspaceFolder = workspace;
    Application.launch(WorkbenchApp.class);
  }

  @Override
  public void start(Stage stage) {
    show(stage, workspaceFolder, work, importWork, opened -> services = opened);
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
      java.util.function.Consumer<Services> whenOpen) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    MainWindowViewModel viewModel =
        new MainWindowViewModel(folder, work, importWork, Platform::runLater);
    MainWindow window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("Parallax — " + folder);
    stage.setScene(scene);
    // Fill the screen: without a window manager (Xvfb, kiosks) maximising alone does nothing.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
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
    work.execute(
        () -> {
          try {
            Services opened = WorkspaceServices.open(folder);
            whenOpen.accept(opened);
            Platform.runLater(() -> viewModel.open(opened));
          } catch (RuntimeException e) {
            LOG.error("Cannot open workspace {}", folder, e);
            Platform.runLater(() -> viewModel.openFailed(e));
          }
        });
    return window;
  }

  @Override
  public void stop() throws Exception {
    work.shutdownNow();
    importWork.shutdownNow();
    Services open = services;
    if (open != null) {
      open.closer().close();
    }
  }

  /** Returns the window's stylesheet. */
  static String stylesheet() {
    return WorkbenchApp.class.getResource("parallax.css").toExternalForm();
  }

  private static long sinceStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
