package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.LocalSolrCloud;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.WorkspaceSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Open archive… onto a real SolrCloud collection and back: the window lists the archive's
 * articles, names it in the status line, and the workspace remembers each choice.
 */
@Tag("cluster")
@ExtendWith(ApplicationExtension.class)
class MainWindowSharedArchiveTest {

  private static LocalSolrCloud cloud;
  private static String archive;

  @TempDir Path folder;

  private WindowFixture fixture;

  @BeforeAll
  static void startCluster() throws Exception {
    cloud = LocalSolrCloud.start(1);
    archive = cloud.indexOption(cloud.newCollection(1, 1));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Start
  void start(Stage stage) {
    fixture = WindowFixture.open(folder.resolve("workspace"), stage);
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  @Test
  void opensASharedArchiveAndGoesBackToTheEmbeddedIndex(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    Label where = robot.lookup("#archive").queryAs(Label.class);

    MainWindowArchiveTest.chooseOpenArchive(robot);
    robot.interact(() -> robot.lookup("#archive-shared").queryAs(RadioButton.class).fire());
    MainWindowArchiveTest.type(robot, archive);
    robot.clickOn(okButton(robot));
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> where.getText().equals("Articles in the shared archive " + archive));
    // A shared archive is not seeded with the samples: it starts as the cluster holds it.
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> WindowFixture.hits(robot).getItems().isEmpty());
    assertThat(WorkspaceSettings.load(folder.resolve("workspace")).index()).isEqualTo(archive);
    robot.interact(() -> fixture.viewModel().incoming().importPaths(List.of(SeedFiles.reuters())));
    assertThat(WindowFixture.awaitListed(robot, 1).getItems()).hasSize(1);

    MainWindowArchiveTest.chooseOpenArchive(robot);
    assertThat(robot.lookup("#archive-shared").queryAs(RadioButton.class).isSelected()).isTrue();
    robot.interact(() -> robot.lookup("#archive-embedded").queryAs(RadioButton.class).fire());
    robot.clickOn(okButton(robot));
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> where.getText().equals("Articles in the embedded index"));
    assertThat(WindowFixture.awaitListed(robot, 2).getItems()).hasSize(2);
    assertThat(WorkspaceSettings.load(folder.resolve("workspace")).index()).isEmpty();
  }

  private static Button okButton(FxRobot robot) {
    return robot
        .lookup(".dialog-pane .button")
        .match((Button b) -> b.isDefaultButton())
        .queryButton();
  }
}
