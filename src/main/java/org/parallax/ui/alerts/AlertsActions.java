package org.parallax.ui.alerts;

import static org.parallax.ui.WindowDialogs.item;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.DirectoryChooser;
import org.parallax.model.IngestReport;
import org.parallax.ui.Background;
import org.parallax.ui.Services;
import org.parallax.ui.UserError;
import org.parallax.ui.WindowParts;
import org.parallax.watch.Alert;
import org.parallax.watch.WatchListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window does with watching: File &gt; Watch folder… and Watch feed…, the Alerts tab and
 * the badge that counts alerts not yet looked at. The watcher runs on its own named thread; its
 * alerts reach the list through the UI executor, so the window never waits for a check.
 */
public final class AlertsActions {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsActions.class);

  private final WindowParts window;
  private final Executor ui;
  private final AlertsViewModel model = new AlertsViewModel();
  private final ExecutorService starter = Background.singleThread("watch-start");
  private final WatchListener listener = new ToWindow();
  private volatile AlertSource source;
  private Tab tab;

  /** What the Alerts tab says is watched. */
  private final StringProperty watching = new SimpleStringProperty("No folder watched.");

  /**
   * Creates the watch actions of a window.
   *
   * @param window the window's parts
   * @param ui runs on the UI thread
   */
  public AlertsActions(WindowParts window, Executor ui) {
    this.window = window;
    this.ui = ui;
  }

  /**
   * Takes the opened workspace: lists its alerts and resumes watching the folders it remembers, off
   * the UI thread.
   *
   * @param services the workspace's services; null while none is open
   */
  public void open(Services services) {
    source = services == null ? null : services.alerts();
    AlertSource opened = source;
    if (opened == null) {
      return;
    }
    starter.execute(
        () -> {
          try {
            List<Alert> saved = opened.saved();
            ui.execute(() -> model.load(saved));
            opened.resume(listener);
            ui.execute(this::showWatching);
          } catch (Exception e) {
            LOG.error("cannot resume watching", e);
            ui.execute(
                () -> window.dialogs().error(UserError.of("Cannot resume watching", e, RETRY)));
          }
        });
  }

  private static final String RETRY =
      "Check that the watched folders still exist and the feeds answer, then choose File > Watch"
          + " folder… or Watch feed… again.";

  /** Returns File &gt; Watch folder…. */
  public MenuItem watchFolderItem() {
    MenuItem watch = item("Watch folder…", null, e -> chooseFolder());
    watch.setId("watch-folder");
    return watch;
  }

  /** Returns File &gt; Watch feed…. */
  public MenuItem watchFeedItem() {
    MenuItem watch =
        item("Watch feed…", null, e -> FeedDialog.ask(window.dialogs()).ifPresent(this::watch));
    watch.setId("watch-feed");
    return watch;
  }

  /** Returns the menu item that shows the Alerts tab. */
  public MenuItem alertsItem() {
    MenuItem alerts = item("Alerts", "Shortcut+Shift+W", e -> showAlerts());
    alerts.setId("alerts");
    return alerts;
  }

  /** Returns the status-line button that shows the alerts, with the count of unseen ones. */
  public Button badgeButton() {
    Label badge = new Label();
    badge.setId("alerts-badge");
    badge.getStyleClass().add("alerts-badge");
    badge.textProperty().bind(model.unseenProperty().asString());
    badge.visibleProperty().bind(model.unseenProperty().greaterThan(0));
    badge.managedProperty().bind(badge.visibleProperty());
    Button button = new Button("Alerts", badge);
    button.setId("alerts-button");
    button.setContentDisplay(ContentDisplay.RIGHT);
    button.getStyleClass().add("flat");
    button.textProperty().bind(Bindings.format("Alerts (%d)", Bindings.size(model.alerts())));
    button.setOnAction(e -> showAlerts());
    return button;
  }

  /** Shows the Alerts tab, opening it if needed; what it lists counts as seen. */
  public void showAlerts() {
    if (tab == null || !window.tabs().all().contains(tab)) {
      showWatching();
      AlertsView view = new AlertsView(model, window.state(), watching);
      tab = new Tab("Alerts", view.root());
      tab.setId("alerts-tab");
      tab.setUserData(view);
      tab.setOnSelectionChanged(
          e -> {
            if (tab.isSelected()) {
              model.seen();
            }
          });
      window.tabs().open(tab);
    } else {
      window.tabs().select(tab);
    }
    model.seen();
  }

  /** Says what is watched now; the tab's line follows, since watching starts off the UI thread. */
  private void showWatching() {
    watching.set(watchingLine());
  }

  private String watchingLine() {
    AlertSource open = source;
    List<String> watched = new ArrayList<>();
    if (open != null) {
      open.watchedFolders().forEach(folder -> watched.add(folder.toString()));
      open.watchedFeeds().forEach(feed -> watched.add(feed.toString()));
    }
    return watched.isEmpty() ? "No folder watched." : "Watching " + String.join(", ", watched);
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Watch a folder: its new files are ingested and checked as they arrive");
    File chosen = chooser.showDialog(window.dialogs().window());
    if (chosen != null) {
      watch(chosen.toPath());
    }
  }

  /** Watches a folder from now on (and on every start), off the UI thread. */
  public void watch(Path folder) {
    startWatching(folder.toString(), open -> open.watch(folder, listener));
  }

  /** Polls a feed from now on (and on every start), off the UI thread. */
  public void watch(URI feed) {
    startWatching(feed.toString(), open -> open.watchFeed(feed, listener));
  }

  /** One way to start watching something: a folder or a feed. */
  private interface Start {
    void on(AlertSource source) throws Exception;
  }

  private void startWatching(String what, Start start) {
    AlertSource open = source;
    if (open == null) {
      window
          .dialogs()
          .error(
              new UserError(
                  "The workspace is still opening",
                  "Parallax is still opening the workspace.",
                  "Wait until the status line shows the number of articles, then try again."));
      return;
    }
    starter.execute(
        () -> {
          try {
            start.on(open);
            ui.execute(
                () -> {
                  window.state().setStatus("Watching " + what);
                  showWatching();
                });
          } catch (Exception e) {
            LOG.error("cannot watch {}", what, e);
            ui.execute(
                () -> window.dialogs().error(UserError.of("Cannot watch " + what, e, RETRY)));
          }
        });
  }

  /** Returns the list's state, for tests. */
  AlertsViewModel model() {
    return model;
  }

  /** Hands what the watcher tells to the UI thread. */
  private final class ToWindow implements WatchListener {
    @Override
    public void alert(Alert alert) {
      ui.execute(() -> model.arrived(alert));
    }

    @Override
    public void ingested(String from, IngestReport report) {
      if (!report.stored().isEmpty()) {
        ui.execute(
            () -> {
              window
                  .state()
                  .setStatus("Watch: " + report.stored().size() + " article(s) from " + from);
              window.state().refreshLibrary();
            });
      }
    }

    @Override
    public void failed(String problem) {
      ui.execute(() -> window.state().setStatus("Watch: " + problem));
    }
  }
}
