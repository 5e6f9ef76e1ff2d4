package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;
import org.parallax.watch.Alert;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window watching a folder on a real, freshly seeded workspace: a rewrite of the Reuters seed
 * dropped in the folder shows as an alert with a badge, and the alert opens the comparison.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowAlertsTest {

  @TempDir Path folder;

  private WindowFixture fixture;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    fixture = WindowFixture.open(folder.resolve("workspace"), stage);
    window = fixture.window();
  }

  @AfterEach
  void closeWorkspace() throws Exception {
    fixture.close();
  }

  @Test
  void aRewriteDroppedInAWatchedFolderShowsAnAlertThatOpensTheComparison(FxRobot robot)
      throws Exception {
    Path inbox = Files.createDirectories(folder.resolve("inbox"));
    robot.interact(() -> window.alerts().watch(inbox));
    // The seeds are in the library already; a corrected Diplomat.so story is a new version of it.
    String corrected =
        Files.readString(SeedFiles.diplomat(), StandardCharsets.UTF_8)
            + "\nThis story was corrected to fix the spelling of a name.\n";
    Files.writeString(inbox.resolve("diplomat-corrected.txt"), corrected, StandardCharsets.UTF_8);

    // The badge is the button's graphic, out of the scene graph while hidden.
    Button button = robot.lookup("#alerts-button").queryAs(Button.class);
    Label badge = (Label) button.getGraphic();
    WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, badge::isVisible);
    assertThat(badge.getText()).isEqualTo("1");
    assertThat(button.getText()).isEqualTo("Alerts (1)");

    robot.interact(() -> window.alerts().showAlerts());
    @SuppressWarnings("unchecked")
    ListView<Alert> list = robot.lookup("#alerts-list").queryAs(ListView.class);
    assertThat(list.getItems())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.derived().outlet()).isEqualTo("Diplomat.so");
              assertThat(alert.source().outlet()).isEqualTo("Reuters");
              assertThat(alert.credited()).isFalse();
            });
    assertThat(badge.isVisible()).isFalse();

    robot.doubleClickOn(robot.lookup("#alerts-list .list-cell").nth(0).queryAs(Node.class));
    assertThat(ComparisonTabs.awaitOpened(robot)).contains("Reuters").contains("Diplomat.so");
  }

  @Test
  void aFeedAddedFromTheFileMenuIsPolledRememberedAndAlertsOnItsItems(FxRobot robot)
      throws Exception {
    // A local feed (never the network) whose one item is a corrected Diplomat.so story.
    String story =
        Files.readString(SeedFiles.diplomat(), StandardCharsets.UTF_8)
            + "\nThis story was corrected to fix the spelling of a name.\n";
    byte[] rss =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Diplomat.so</title><item><title>Mali overflights</title>"
                + "<link>https://diplomat.example/mali</link>"
                + "<pubDate>Tue, 10 Mar 2026 09:02:00 GMT</pubDate><description><![CDATA["
                + story.replace("\n", "<br/>")
                + "]]></description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/diplomat.xml",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, rss.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(rss);
          }
        });
    server.setExecutor(
        Executors.newSingleThreadExecutor(task -> new Thread(task, "parallax-test-feed")));
    server.start();
    try {
      String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/diplomat.xml";
      MenuItem item =
          robot.lookup("#menus").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
              .filter(i -> "watch-feed".equals(i.getId()))
              .findFirst()
              .orElseThrow();
      assertThat(item.getText()).isEqualTo("Watch feed…");
      // Menus do not pop up under Monocle: fire the item as choosing it does.
      Platform.runLater(item::fire);
      WaitForAsyncUtils.waitFor(
          10, TimeUnit.SECONDS, () -> !robot.lookup("#feed-address").queryAll().isEmpty());
      robot.interact(
          () -> robot.lookup("#feed-address").queryAs(TextField.class).setText(" " + feed));
      robot.clickOn(robot.lookup(".dialog-pane .button").match(isDefaultButton()).queryButton());

      Button button = robot.lookup("#alerts-button").queryAs(Button.class);
      Label badge = (Label) button.getGraphic();
      WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, badge::isVisible);
      assertThat(badge.getText()).isEqualTo("1");
      robot.interact(() -> window.alerts().showAlerts());
      assertThat(robot.lookup("#alerts-watching").queryAs(Label.class).getText())
          .startsWith("Watching " + feed);
      assertThat(fixture.services().alerts().watchedFeeds()).containsExactly(URI.create(feed));
    } finally {
      server.stop(0);
    }
  }

  private static java.util.function.Predicate<Node> isDefaultButton() {
    return node -> node instanceof Button b && b.isDefaultButton();
  }
}
