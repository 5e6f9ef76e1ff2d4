package org.parallax.watch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a watcher watches and how.
 *
 * @param folders folders whose new files are ingested (with their subfolders)
 * @param feeds RSS/Atom feeds polled
 * @param quiet how long a file must stay unchanged before it is read
 * @param feedEvery how often a feed that answers is asked again
 */
public record WatchOptions(
    List<Path> folders, List<URI> feeds, Duration quiet, Duration feedEvery) {

  /** Long enough for a copy in progress to show growth; short enough to alert within seconds. */
  public static final Duration DEFAULT_QUIET = Duration.ofSeconds(1);

  /** A news feed rarely changes faster; a polite interval for someone else's server. */
  public static final Duration DEFAULT_FEED_EVERY = Duration.ofMinutes(5);

  /** Copies the lists so the record stays immutable. */
  public WatchOptions {
    folders = List.copyOf(folders);
    feeds = List.copyOf(feeds);
  }

  /** Watches folders and feeds with the default quiet period and feed interval. */
  public static WatchOptions of(List<Path> folders, List<URI> feeds) {
    return new WatchOptions(folders, feeds, DEFAULT_QUIET, DEFAULT_FEED_EVERY);
  }
}
