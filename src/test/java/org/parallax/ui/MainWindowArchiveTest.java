package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workspace.WorkspaceSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Open archive… on a real, freshly seeded workspace: the address is checked as typed, and
 * an archive that does not answer leaves the workspace on its own index with an error naming it.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowArchiveTest {

  @TempDir Path folder;

  private WindowFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = WindowFixture.open(folder.resolve("workspace"), stage);
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  @Test
  void anArchiveThatDoesNotAnswerLeavesTheWorkspaceOnItsOwnIndex(FxRobot robot) throws Exception {
    WindowFixture.awaitListed(robot, 2);
    String archive = "solr:http://127.0.0.1:" + closedPort() + "/solr/articles";

    chooseOpenArchive(robot);
    assertThat(robot.lookup("#archive-embedded").queryAs(RadioButton.class).isSelected()).isTrue();
    robot.interact(() -> robot.lookup("#archive-shared").queryAs(RadioButton.class).fire());
    type(robot, "ftp://host/solr");
    Button ok =
        robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton();
    assertThat(ok.isDisabled()).isTrue();
    assertThat(robot.lookup("#archive-problem").queryAs(Label.class).getText())
        .startsWith("Cannot read this address")
        .contains("ftp://host/solr");
    type(robot, archive);
    assertThat(ok.isDisabled()).isFalse();
    robot.clickOn(ok);

    DialogPane error = awaitDialog(robot, "Cannot open the archive");
    assertThat(((Label) error.getContent()).getText())
        .contains("no node of " + archive + " answers")
        .contains("open on its embedded index");
    Label where = robot.lookup("#archive").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> where.getText().equals("Articles in the embedded index"));
    assertThat(WindowFixture.awaitListed(robot, 2).getItems()).hasSize(2);
    assertThat(WorkspaceSettings.load(folder.resolve("workspace")).index()).isEmpty();
  }

  /** Opens File &gt; Open archive…; menus do not pop up under Monocle, so the item is fired. */
  static void chooseOpenArchive(FxRobot robot) throws TimeoutException {
    MenuItem item =
        robot.lookup("#menus").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
            .filter(i -> "open-archive".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(item.getText()).isEqualTo("Open archive…");
    Platform.runLater(item::fire);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !robot.lookup("#archive-address").queryAll().isEmpty());
  }

  static void type(FxRobot robot, String address) {
    robot.interact(
        () -> robot.lookup("#archive-address").queryAs(TextField.class).setText(address));
  }

  static DialogPane awaitDialog(FxRobot robot, String header) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> header.equals(pane.getHeaderText())));
    return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
        .filter(pane -> header.equals(pane.getHeaderText()))
        .findFirst()
        .orElseThrow();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
