package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  @TempDir static Path workspace;

  @Start
  void start(Stage stage) {
    MainWindow window = new MainWindow(new MainWindowViewModel(workspace));
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.setTitle("Parallax");
    stage.show();
  }

  @Test
  void opensWithMenusLibraryAndWorkArea(FxRobot robot) {
    assertThat(robot.lookup("#menus").queryAs(MenuBar.class).getMenus())
        .extracting(m -> m.getText())
        .contains("File", "Compare", "Help");
    assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText()).contains("Search");
    assertThat(robot.lookup("#work-area").queryAs(TabPane.class)).isNotNull();
  }
}
