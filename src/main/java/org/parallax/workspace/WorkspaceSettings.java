package org.parallax.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences kept in a workspace's {@code settings.json}: the name annotations are signed
 * with, and the folders and feeds a watcher keeps watch over. Saving one setting keeps the others
 * as they are in the file.
 */
public final class WorkspaceSettings {

  /** The settings file inside the workspace folder. */
  public static final String FILE_NAME = "settings.json";

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSettings.class);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String WATCHED_FOLDERS = "watchedFolders";
  private static final String WATCHED_FEEDS = "watchedFeeds";

  private final Path file;
  private volatile String author;
  private volatile List<String> watchedFolders;
  private volatile List<String> watchedFeeds;

  private WorkspaceSettings(
      Path file, String author, List<String> watchedFolders, List<String> watchedFeeds) {
    this.file = file;
    this.author = author;
    this.watchedFolders = watchedFolders;
    this.watchedFeeds = watchedFeeds;
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
    List<String> folders = List.of();
    List<String> feeds = List.of();
    if (Files.exists(file)) {
      try {
        JsonNode json = MAPPER.readTree(file.toFile());
        String stored = json.path("author").asText("");
        if (!stored.isBlank()) {
          author = stored;
        }
        folders = strings(json.path(WATCHED_FOLDERS));
        feeds = strings(json.path(WATCHED_FEEDS));
      } catch (IOException e) {
        LOG.warn("{} is not readable JSON; using default settings: {}", file, e.getMessage());
      }
    }
    return new WorkspaceSettings(file, author, folders, feeds);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (value.isTextual() && !value.asText().isBlank()) {
        values.add(value.asText());
      }
    }
    return List.copyOf(values);
  }

  /** Returns the folders a watcher resumes watching, as absolute paths, in the order added. */
  public List<String> watchedFolders() {
    return watchedFolders;
  }

  /** Returns the feed addresses a watcher resumes polling, in the order added. */
  public List<String> watchedFeeds() {
    return watchedFeeds;
  }

  /**
   * Adds folders and feeds to those watched (each kept once, in the order first added) and saves
   * the settings.
   *
   * @param folders absolute folder paths
   * @param feeds feed addresses
   * @throws IOException when the settings cannot be written; the previous file is then intact
   */
  public synchronized void addWatched(List<String> folders, List<String> feeds) throws IOException {
    LinkedHashSet<String> allFolders = new LinkedHashSet<>(watchedFolders);
    allFolders.addAll(folders);
    LinkedHashSet<String> allFeeds = new LinkedHashSet<>(watchedFeeds);
    allFeeds.addAll(feeds);
    List<String> newFolders = List.copyOf(allFolders);
    List<String> newFeeds = List.copyOf(allFeeds);
    save(author, newFolders, newFeeds);
    watchedFolders = newFolders;
    watchedFeeds = newFeeds;
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
    save(name.strip(), watchedFolders, watchedFeeds);
    author = name.strip();
  }

  private void save(String author, List<String> folders, List<String> feeds) throws IOException {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("author", author);
    folders.forEach(json.putArray(WATCHED_FOLDERS)::add);
    feeds.forEach(json.putArray(WATCHED_FEEDS)::add);
    JsonFiles.writeAtomically(file, json);
  }
}
