package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.WorkbenchApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

  @Start
  void start(Stage stage) {
    ComparisonView view = new ComparisonView(new ComparisonViewModel(HandMadeComparison.build()));
    javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view.root());
    root.getStyleClass().add("parallax");
    Scene scene = new Scene(root, 1280, 800);
    scene.getStylesheets().add(WorkbenchApp.stylesheet());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void panesHoldBothTexts(FxRobot robot) {
    assertThat(area(robot, "#left-pane").getText()).contains(HandMadeComparison.WIRE[2]);
    assertThat(area(robot, "#right-pane").getText()).contains(HandMadeComparison.SITE[2]);
  }

  @Test
  void stylesChangedParagraphsAndDroppedWords(FxRobot robot) {
    StyleClassedTextArea left = area(robot, "#left-pane");

    assertThat(left.getParagraph(0).getParagraphStyle()).contains(ClaimStyles.CHANGED);
    assertThat(left.getStyleAtPosition(0, 5)).contains(ClaimStyles.WORD_DROPPED);
  }

  @Test
  void f7SelectsTheNextDifference(FxRobot robot) {
    robot.clickOn("#right-pane");
    robot.type(KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();

    ListView<?> list = robot.lookup("#differences").queryAs(ListView.class);
    assertThat(list.getSelectionModel().getSelectedIndex()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void bannerStatesTheVerdict(FxRobot robot) {
    assertThat(robot.lookup("#verdict").queryAs(Label.class).getText())
        .isEqualTo("Site derives from Wire without crediting it");
  }

  @SuppressWarnings("unchecked")
  private static StyleClassedTextArea area(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(StyleClassedTextArea.class);
  }
}
