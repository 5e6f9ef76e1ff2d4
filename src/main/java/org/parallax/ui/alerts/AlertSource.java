package org.parallax.ui.alerts;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.parallax.watch.Alert;
import org.parallax.watch.WatchListener;

/** The workspace's watcher as the window sees it; slow calls are made off the UI thread. */
public interface AlertSource extends AutoCloseable {

  /** Returns the alerts raised so far in this workspace, oldest first. */
  List<Alert> saved() throws IOException;

  /** Returns the folders the workspace remembers watching. */
  List<Path> watchedFolders();

  /**
   * Resumes watching what the workspace remembers, if anything, telling {@code listener}.
   *
   * @param listener told on the watcher's thread
   */
  void resume(WatchListener listener) throws IOException;

  /**
   * Remembers a folder and watches it from now on, starting the watcher if it is not running.
   *
   * @param folder the folder
   * @param listener told on the watcher's thread, when this starts the watcher
   */
  void watch(Path folder, WatchListener listener) throws IOException;

  /** Returns the feeds the workspace remembers polling. */
  List<URI> watchedFeeds();

  /**
   * Remembers a feed and polls it from now on, starting the watcher if it is not running.
   *
   * @param feed the feed's address
   * @param listener told on the watcher's thread, when this starts the watcher
   */
  void watchFeed(URI feed, WatchListener listener) throws IOException;

  /** Stops watching; the workspace closes after. */
  @Override
  void close();
}
