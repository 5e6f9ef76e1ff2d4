package org.parallax.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences kept in a workspace's {@code settings.json}: for now, the name annotations are
 * signed with.
 */
public final class WorkspaceSettings {

  /** The settings file inside the workspace folder. */
  public static final String FILE_NAME = "settings.json";

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSettings.class);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private volatile String author;

  private WorkspaceSettings(Path file, String author) {
    this.file = file;
    this.author = author;
  }

  /**
   * Reads the settings of a workspace; a missing or unreadable file gives the defaults (the author
   * is the operating system's user name), and an unreadable one is logged, not overwritten.
   *
   * @param workspace the workspace folder
   */
  public static WorkspaceSettings load(Path workspace) {
    Path file = workspace.resolve(FILE_NAME);
    String author = System.getProperty("user.name", "unknown");
    if (Files.exists(file)) {
      try {
        JsonNode json = MAPPER.readTree(file.toFile());
        String stored = json.path("author").asText("");
        if (!stored.isBlank()) {
          author = stored;
        }
      } catch (IOException e) {
        LOG.warn("{} is not readable JSON; using default settings: {}", file, e.getMessage());
      }
    }
    return new WorkspaceSettings(file, author);
  }

  /** Returns the name new annotations are signed with. */
  public String author() {
    return author;
  }

  /**
   * Changes the name new annotations are signed with and saves the settings.
   *
   * @throws IOException when the settings cannot be written; the previous file is then intact
   */
  public synchronized void setAuthor(String name) throws IOException {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an author needs a name");
    }
    ObjectNode json = MAPPER.createObjectNode();
    json.put("author", name.strip());
    JsonFiles.writeAtomically(file, json);
    author = name.strip();
  }
}
