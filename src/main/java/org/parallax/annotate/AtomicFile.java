package org.parallax.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: readers see the old content or the new, never a part.
 *
 * <p>The new content goes to a temporary file in the same folder, is forced to disk, then moved
 * over the old file in one atomic rename. A failure at any point leaves the old file as it was.
 */
final class AtomicFile {

  /** Writes content to a stream; may fail part-way. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path file, Content content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Deletes the temporary files an interrupted {@link #write} of {@code file} left behind (a kill
   * between creating and moving one). Called when the file is opened, while the workspace lock is
   * held, so no other process can be writing one at that moment.
   */
  static void removeLeftovers(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      return;
    }
    String prefix = file.getFileName().toString();
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }
}
