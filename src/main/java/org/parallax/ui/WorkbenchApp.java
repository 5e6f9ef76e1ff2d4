package org.parallax.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window on one workspace. */
public final class WorkbenchApp extends Application {

  private static volatile Path workspaceFolder;

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
    MainWindow window = new MainWindow(new MainWindowViewModel(workspaceFolder));
    Scene scene = new Scene(window.root(), 1280, 800);
    stage.setTitle("Parallax");
    stage.setScene(scene);
    stage.show();
  }
}
