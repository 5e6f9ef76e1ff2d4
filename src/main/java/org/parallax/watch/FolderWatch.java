package org.parallax.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the files in watched folders that are complete and not yet handled.
 *
 * <p>A file still being written (copied, downloaded, saved) must not be read half: a file is ready
 * once its size and modification time have stayed the same for a quiet period. Names that writers
 * use while writing ({@code .part}, {@code .tmp}, {@code .crdownload}, {@code .partial}) and hidden
 * files are never ready; they are read once renamed. A file handled is handled again only when its
 * size or time changes (a new version of a report saved over the old). Polling rather than file
 * system events: it works the same on network folders and every system, and a poll of a folder is
 * cheap next to the check of one article. Not thread-safe: the watcher's one thread owns it.
 */
final class FolderWatch {

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
  private static final List<String> BEING_WRITTEN =
      List.of(".part", ".partial", ".tmp", ".crdownload", ".download", ".swp");

  private final List<Path> folders = new ArrayList<>();
  private final Duration quiet;
  private final Map<Path, Stamp> seen = new HashMap<>();
  private final Map<Path, Stamp> handled = new HashMap<>();
  private final HandledFiles remembered;

  /**
   * Watches folders (and their subfolders).
   *
   * @param initial the folders
   * @param quiet how long a file must stay unchanged to count as complete
   * @param remembered the files handled before, by this watch or an earlier one: not offered again
   *     until they change
   */
  FolderWatch(List<Path> initial, Duration quiet, HandledFiles remembered) {
    this.quiet = quiet;
    this.remembered = remembered;
    remembered
        .entries()
        .forEach(
            (file, entry) ->
                handled.put(file, new Stamp(entry.size(), entry.modified(), Instant.EPOCH)));
    initial.forEach(this::add);
  }

  /** Adds a folder to those watched; one already watched is not added twice. */
  void add(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (!folders.contains(absolute)) {
      folders.add(absolute);
    }
  }

  /**
   * Returns the files that are complete and not handled since they last changed, in name order.
   *
   * @param now the time of this poll
   */
  List<Path> ready(Instant now) {
    List<Path> ready = new ArrayList<>();
    for (Path folder : folders) {
      for (Path file : files(folder)) {
        Stamp stamp = stamp(file, now);
        if (stamp == null || stamp.size() == 0 || stamp.sameFile(handled.get(file))) {
          continue;
        }
        Stamp before = seen.get(file);
        if (stamp.sameFile(before)) {
          if (Duration.between(before.since(), now).compareTo(quiet) >= 0) {
            ready.add(file);
          }
        } else {
          seen.put(file, stamp);
        }
      }
    }
    ready.sort(null);
    return ready;
  }

  /**
   * Marks files as handled as they were found complete, so they are not offered again until they
   * change, by this watch or one started later.
   *
   * @throws IOException when the files handled cannot be remembered in the workspace
   */
  void handled(List<Path> files) throws IOException {
    List<HandledFiles.Entry> entries = new ArrayList<>();
    for (Path file : files) {
      Stamp stamp = seen.remove(file);
      if (stamp != null) {
        handled.put(file, stamp);
        entries.add(new HandledFiles.Entry(file.toString(), stamp.size(), stamp.modified()));
      }
    }
    remembered.add(entries);
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(FolderWatch::complete).toList();
    } catch (IOException | UncheckedIOException e) {
      // A folder removed or unreadable for a moment: the next poll tries again.
      LOG.warn("cannot list the watched folder {}: {}", folder, e.getMessage());
      return List.of();
    }
  }

  private static boolean complete(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && !name.startsWith("~")
        && BEING_WRITTEN.stream().noneMatch(name::endsWith);
  }

  private static Stamp stamp(Path file, Instant now) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), now);
    } catch (IOException e) {
      return null;
    }
  }

  /** A file's size and time, and since when it was seen so. */
  private record Stamp(long size, long modified, Instant since) {
    boolean sameFile(Stamp other) {
      return other != null && other.size == size && other.modified == modified;
    }
  }
}
