package org.parallax.ui.alerts;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.parallax.syndication.SyndicationScan;
import org.parallax.watch.Alert;
import org.parallax.watch.WatchListener;
import org.parallax.watch.WatchOptions;
import org.parallax.watch.Watcher;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceSettings;

/** The watcher of the window's workspace, started when there is something to watch. */
public final class WorkspaceAlertSource implements AlertSource {

  private final Workspace workspace;
  private Watcher watcher;

  /**
   * Creates the alert source of an open workspace; nothing is watched until asked.
   *
   * @param workspace the workspace, open for writing
   */
  public WorkspaceAlertSource(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public List<Alert> saved() throws IOException {
    return Watcher.alerts(workspace.folder());
  }

  @Override
  public List<Path> watchedFolders() {
    return settings().watchedFolders().stream().map(Path::of).toList();
  }

  @Override
  public synchronized void resume(WatchListener listener) throws IOException {
    WorkspaceSettings settings = settings();
    if (watcher == null
        && (!settings.watchedFolders().isEmpty() || !settings.watchedFeeds().isEmpty())) {
      start(listener);
    }
  }

  @Override
  public synchronized void watch(Path folder, WatchListener listener) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    settings().addWatched(List.of(absolute.toString()), List.of());
    if (watcher == null) {
      start(listener);
    } else {
      watcher.watch(absolute);
    }
  }

  @Override
  public List<URI> watchedFeeds() {
    return settings().watchedFeeds().stream().map(URI::create).toList();
  }

  @Override
  public synchronized void watchFeed(URI feed, WatchListener listener) throws IOException {
    settings().addWatched(List.of(), List.of(feed.toString()));
    if (watcher == null) {
      start(listener);
    } else {
      watcher.watchFeed(feed);
    }
  }

  private void start(WatchListener listener) throws IOException {
    WorkspaceSettings settings = settings();
    WatchOptions options =
        WatchOptions.of(
            settings.watchedFolders().stream().map(Path::of).toList(),
            settings.watchedFeeds().stream().map(URI::create).toList());
    watcher = new Watcher(workspace, SyndicationScan.standard(workspace), options, listener);
    watcher.start();
  }

  private WorkspaceSettings settings() {
    return workspace.annotations().settings();
  }

  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }
}
