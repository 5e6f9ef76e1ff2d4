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
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Executor ui = Platform::runLater;
    MainWindowViewModel viewModel = new MainWindowViewModel(workspaceFolder, work, importWork, ui);
    MainWindow window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("Parallax — " + workspaceFolder);
    stage.setScene(scene);
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
            Services opened = WorkspaceServices.open(workspaceFolder);
            services = opened;
            Platform.runLater(() -> viewModel.open(opened));
          } catch (RuntimeException e) {
            LOG.error("Cannot open workspace {}", workspaceFolder, e);
            Platform.runLater(() -> viewModel.openFailed(e));
          }
        });
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
