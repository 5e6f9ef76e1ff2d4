package org.parallax.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, in window tests, for a comparison to open in the work area. */
final class ComparisonTabs {

  private ComparisonTabs() {}

  /** Waits until a comparison tab is open and returns the selected tab's title. */
  static String awaitOpened(FxRobot robot) throws Exception {
    TabPane tabs = robot.lookup("#work-area").queryAs(TabPane.class);
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> tabs.getTabs().stream().anyMatch(t -> "comparison-tab".equals(t.getId())));
    WaitForAsyncUtils.waitForFxEvents();
    return tabs.getSelectionModel().getSelectedItem().getText();
  }
}
