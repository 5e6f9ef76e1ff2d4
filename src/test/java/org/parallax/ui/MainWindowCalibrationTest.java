package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workspace.Calibration;
import org.parallax.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window says when its workspace runs on calibrated settings, and from how many corrections.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowCalibrationTest {

  @TempDir Path folder;

  private final ExecutorService work = Background.singleThread("test-work");
  private final ExecutorService importWork = Background.singleThread("test-import");
  private Services services;

  @Start
  void start(Stage stage) {
    Path workspace = folder.resolve("workspace");
    try (Workspace created = Workspace.openDefault(workspace)) {
      // What `parallax calibrate` leaves after learning from 31 corrections.
      Files.writeString(
          workspace.resolve("annotations").resolve(Calibration.FILE_NAME),
          "{\"alignThreshold\": 0.5, \"lexicalAlignThreshold\": 0.35, \"derivedFrom\": 0.168,"
              + " \"independentBelow\": 0.118, \"corrections\": 31,"
              + " \"created\": \"2026-12-03T12:00:00Z\"}",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MainWindowViewModel viewModel =
        new MainWindowViewModel(workspace, work, importWork, Platform::runLater);
    MainWindow window = new MainWindow(viewModel);
    Scene scene = new Scene(window.root(), 1280, 800);
    scene.getStylesheets().add(WorkbenchApp.stylesheet());
    stage.setScene(scene);
    stage.show();
    services = WorkspaceServices.open(workspace);
    viewModel.open(services);
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    work.shutdown();
    importWork.shutdown();
    work.awaitTermination(30, TimeUnit.SECONDS);
    importWork.awaitTermination(30, TimeUnit.SECONDS);
    services.closer().close();
  }

  @Test
  void theStatusLineSaysTheEngineIsCalibratedAndOnHowManyCorrections(FxRobot robot) {
    assertThat(robot.lookup("#calibration").queryAs(Label.class).getText())
        .isEqualTo("Engine calibrated on 31 corrections");
    assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Workspace ");
  }

  @Test
  void theStatusLineSaysWhichLibraryTheArticlesLiveIn(FxRobot robot) {
    assertThat(robot.lookup("#archive").queryAs(Label.class).getText())
        .isEqualTo("Articles in the embedded index");
  }
}
