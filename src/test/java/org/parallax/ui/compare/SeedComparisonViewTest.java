package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.ui.Services;
import org.parallax.ui.WorkbenchApp;
import org.parallax.ui.WorkspaceServices;
import org.parallax.workspace.SearchRequest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed pair as a user opens it: a freshly seeded workspace, the real engine, the real view.
 * Reuters (earlier) on the left, Diplomat.so on the right.
 */
@ExtendWith(ApplicationExtension.class)
class SeedComparisonViewTest {

  @TempDir static Path folder;

  private static Services services;
  private static Comparison comparison;

  @BeforeAll
  static void compareTheSeeds() {
    services = WorkspaceServices.open(folder.resolve("workspace"));
    List<Article> seeds =
        services.library().search(SearchRequest.of("", 10)).hits().stream()
            .map(hit -> services.library().article(hit.id()))
            .flatMap(Optional::stream)
            .toList();
    Article reuters = seeds.stream().filter(a -> "Reuters".equals(a.outlet())).findFirst().get();
    Article diplomat = seeds.stream().filter(a -> a != reuters).findFirst().get();
    comparison = services.comparer().compare(reuters, diplomat);
  }

  @AfterAll
  static void closeWorkspace() throws Exception {
    services.closer().close();
  }

  @Start
  void start(Stage stage) {
    ComparisonView view = new ComparisonView(new ComparisonViewModel(comparison));
    BorderPane root = new BorderPane(view.root());
    root.getStyleClass().add("parallax");
    Scene scene = new Scene(root, 1280, 800);
    scene.getStylesheets().add(WorkbenchApp.stylesheet());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void panesHoldBothReports(FxRobot robot) {
    assertThat(area(robot, "#left-pane").getText())
        .contains("The U.S. is nearing a deal with Mali");
    assertThat(area(robot, "#right-pane").getText())
        .contains("The United States is nearing an agreement");
  }

  @Test
  void theOpeningClaimIsStyledAsSharedOnBothSides(FxRobot robot) {
    int left = paragraphContaining(area(robot, "#left-pane"), "The U.S. is nearing a deal");
    int right = paragraphContaining(area(robot, "#right-pane"), "The United States is nearing");

    assertThat(area(robot, "#left-pane").getParagraph(left).getParagraphStyle())
        .containsAnyOf(ClaimStyles.SHARED, ClaimStyles.CHANGED);
    assertThat(area(robot, "#right-pane").getParagraph(right).getParagraphStyle())
        .containsAnyOf(ClaimStyles.SHARED, ClaimStyles.CHANGED);
  }

  @Test
  void theAnalystQuoteOnlyDiplomatCarriesIsStyledAsOneSided(FxRobot robot) {
    StyleClassedTextArea right = area(robot, "#right-pane");
    int analyst = paragraphContaining(right, "said a local security analyst");

    assertThat(right.getParagraph(analyst).getParagraphStyle()).contains(ClaimStyles.ONLY_HERE);
  }

  @Test
  void everyOneSidedClaimWithNoSourceIsOutlined(FxRobot robot) {
    StyleClassedTextArea right = area(robot, "#right-pane");
    assertThat(comparison.rightUnsourced()).isNotEmpty();

    for (int n : comparison.rightUnsourced()) {
      assertThat(right.getParagraph(n).getParagraphStyle())
          .contains(ClaimStyles.ONLY_HERE, ClaimStyles.UNSOURCED);
    }
  }

  @Test
  void changedPairsMarkTheWordsTheOtherSideLacks(FxRobot robot) {
    StyleClassedTextArea right = area(robot, "#right-pane");
    boolean marked = false;
    for (int at = 0; at < right.getLength() && !marked; at++) {
      marked = right.getStyleAtPosition(at).contains(ClaimStyles.WORD_ADDED);
    }

    assertThat(marked).isTrue();
  }

  @Test
  void bannerSaysDiplomatDerivesFromReutersWithoutCredit(FxRobot robot) {
    assertThat(robot.lookup("#verdict").queryAs(Label.class).getText())
        .isEqualTo("Diplomat.so derives from Reuters without crediting it");
  }

  @Test
  void f7MovesTheSelectionDownTheDifferences(FxRobot robot) {
    ListView<?> differences = robot.lookup("#differences").queryAs(ListView.class);
    robot.clickOn("#right-pane");
    robot.type(KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();
    int first = differences.getSelectionModel().getSelectedIndex();

    robot.type(KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(differences.getSelectionModel().getSelectedIndex()).isEqualTo(first + 1);
  }

  @Test
  void theGutterDrawsConnectorsBetweenVisiblePairs(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#gutter").queryAs(javafx.scene.layout.Pane.class).getChildren())
        .isNotEmpty();
  }

  @Test
  void scrollingTheLeftPaneBringsThePartnerIntoTheRightPane(FxRobot robot) {
    StyleClassedTextArea left = area(robot, "#left-pane");
    StyleClassedTextArea right = area(robot, "#right-pane");
    // The user's wheel: an event on the left pane (which makes it lead), then its scroll.
    robot.interact(
        () -> {
          javafx.event.Event.fireEvent(left, wheel());
          left.scrollYBy(900);
        });
    WaitForAsyncUtils.waitForFxEvents();

    ComparisonViewModel viewModel = new ComparisonViewModel(comparison);
    int top = left.visibleParToAllParIndex(0);
    java.util.List<Integer> partners =
        java.util.List.of(
            viewModel.partnerOf(Side.LEFT, top), viewModel.partnerOf(Side.LEFT, top + 1));
    java.util.List<Integer> shownRight = new java.util.ArrayList<>();
    for (int i = 0; i < right.getVisibleParagraphs().size(); i++) {
      shownRight.add(right.visibleParToAllParIndex(i));
    }
    assertThat(top).isPositive();
    assertThat(right.visibleParToAllParIndex(0)).isPositive();
    assertThat(shownRight).containsAnyElementsOf(partners);
  }

  private static javafx.scene.input.ScrollEvent wheel() {
    return new javafx.scene.input.ScrollEvent(
        javafx.scene.input.ScrollEvent.SCROLL,
        10,
        10,
        10,
        10,
        false,
        false,
        false,
        false,
        false,
        false,
        0,
        0,
        0,
        0,
        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }

  private static int paragraphContaining(StyleClassedTextArea area, String words) {
    for (int n = 0; n < area.getParagraphs().size(); n++) {
      if (area.getParagraph(n).getText().contains(words)) {
        return n;
      }
    }
    throw new AssertionError("no paragraph contains " + words);
  }

  private static StyleClassedTextArea area(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(StyleClassedTextArea.class);
  }
}
