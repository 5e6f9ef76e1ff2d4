package org.parallax.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Saves and loads the JSON files the workspace keeps in its folder (scan results, events,
 * settings), replacing a file all at once so a crash while saving keeps the old content.
 */
public final class JsonFiles {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFiles() {}

  /** Returns the value saved in a file, or empty when the file does not exist. */
  public static <T> Optional<T> read(Path file, Class<T> type) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), type));
    } catch (JsonProcessingException e) {
      // A damaged or hand-edited file: say which one and how to replace it, not Jackson's trace.
      throw new IOException(
          file
              + " is damaged ("
              + e.getOriginalMessage()
              + "); run the scan or grouping again to replace it",
          e);
    }
  }

  /**
   * Writes a value to a temporary file next to {@code file}, then moves it into place in one atomic
   * rename, creating the folder when missing.
   */
  public static void writeAtomically(Path file, Object value) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // A kill between creating and moving leaves a partial file; the workspace lock means no other
    // process is writing one now, so any there is such a leftover.
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(folder, file.getFileName() + "*.partial")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
    Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
    try {
      JSON.writeValue(partial.toFile(), value);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
