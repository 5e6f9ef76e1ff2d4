package org.parallax.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of watched folders already ingested, remembered in the workspace ({@code
 * watch/handled.jsonl}) so that a watcher started again does not read every file of its folders a
 * second time: a file whose size and modification time are those remembered is not offered.
 *
 * <p>One JSON line per file handled, appended after its ingest is committed and forced to disk: a
 * kill in between only means the file is read once more, and the ingest then finds the copy it
 * already stored. A damaged last line (a kill while appending) is skipped. On opening, the lines of
 * files that are gone or changed are dropped by rewriting the file at once, so it does not grow
 * with every file that ever passed through.
 */
final class HandledFiles {

  /** Where the files handled are remembered, inside the workspace folder. */
  static final Path SAVED = Path.of("watch", "handled.jsonl");

  private static final Logger LOG = LoggerFactory.getLogger(HandledFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<Path, Entry> entries;

  /**
   * One file handled, as it was when ingested.
   *
   * @param path its absolute path
   * @param size its size in bytes
   * @param modified its modification time, in milliseconds since the epoch
   */
  record Entry(String path, long size, long modified) {}

  private HandledFiles(Path file, Map<Path, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** Remembers nothing and saves nothing: for a folder watch without a workspace. */
  static HandledFiles none() {
    return new HandledFiles(null, new HashMap<>());
  }

  /**
   * Reads the files a workspace's watchers handled, keeping those still as they were.
   *
   * @param workspaceFolder the workspace folder
   * @throws IOException when the file exists and cannot be read or rewritten
   */
  static HandledFiles open(Path workspaceFolder) throws IOException {
    Path file = workspaceFolder.resolve(SAVED);
    Map<Path, Entry> entries = new HashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try {
          Entry entry = JSON.readValue(line, Entry.class);
          entries.put(Path.of(entry.path()), entry);
        } catch (JsonProcessingException e) {
          LOG.warn("skipping a damaged line of {}: {}", file, e.getOriginalMessage());
        }
      }
    }
    entries.values().removeIf(entry -> !unchanged(entry));
    HandledFiles handled = new HandledFiles(file, entries);
    handled.rewrite();
    return handled;
  }

  /** Returns the files remembered, by absolute path. */
  Map<Path, Entry> entries() {
    return Map.copyOf(entries);
  }

  /**
   * Remembers files just ingested, as they were when found complete.
   *
   * @param handled the files with their size and time
   * @throws IOException when the memory cannot be written
   */
  void add(List<Entry> handled) throws IOException {
    if (handled.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (Entry entry : handled) {
      entries.put(Path.of(entry.path()), entry);
      lines.append(JSON.writeValueAsString(entry)).append('\n');
    }
    if (file == null) {
      return;
    }
    Files.createDirectories(file.getParent());
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
    }
  }

  private void rewrite() throws IOException {
    if (file == null || !Files.exists(file)) {
      return;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      for (Entry entry : entries.values()) {
        out.write((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean unchanged(Entry entry) {
    try {
      Path path = Path.of(entry.path());
      return Files.size(path) == entry.size()
          && Files.getLastModifiedTime(path).toMillis() == entry.modified();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
