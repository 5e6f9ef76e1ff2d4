package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private WindowFixture fixture;

  @Start
  void start(Stage stage) {
    Path workspace = folder.resolve("workspace");
    try {
      // A seeded workspace, with what `parallax calibrate` leaves after learning from 31
      // corrections.
      Workspace.openDefault(workspace).close();
      Files.writeString(
          workspace.resolve("annotations").resolve(Calibration.FILE_NAME),
          "{\"alignThreshold\": 0.5, \"lexicalAlignThreshold\": 0.35, \"derivedFrom\": 0.168,"
              + " \"independentBelow\": 0.118, \"corrections\": 31,"
              + " \"created\": \"2026-12-03T12:00:00Z\"}",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fixture = WindowFixture.open(workspace, stage);
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
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
