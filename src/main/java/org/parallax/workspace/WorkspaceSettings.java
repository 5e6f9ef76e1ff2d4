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
import org.parallax.index.ArchiveCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences kept in a workspace's {@code settings.json}: the name annotations are signed
 * with, the folders and feeds a watcher keeps watch over, the library the articles live in ({@code
 * "index"}, as {@code --index} takes it) and the shared archive's basic-auth credentials ({@code
 * "archiveUser"}, {@code "archivePassword"}, which an administrator writes by hand; Parallax never
 * writes them). Saving one setting keeps the others as they are in the file.
 */
public final class WorkspaceSettings {

  /** The settings file inside the workspace folder. */
  public static final String FILE_NAME = "settings.json";

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSettings.class);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String WATCHED_FOLDERS = "watchedFolders";
  private static final String WATCHED_FEEDS = "watchedFeeds";
  private static final String INDEX = "index";
  private static final String ARCHIVE_USER = "archiveUser";
  private static final String ARCHIVE_PASSWORD = "archivePassword";

  private final Path file;
  private volatile String author;
  private volatile List<String> watchedFolders;
  private volatile List<String> watchedFeeds;
  private volatile String index;
  private final ArchiveCredentials archiveCredentials;

  private WorkspaceSettings(
      Path file,
      String author,
      List<String> watchedFolders,
      List<String> watchedFeeds,
      String index,
      ArchiveCredentials archiveCredentials) {
    this.file = file;
    this.author = author;
    this.watchedFolders = watchedFolders;
    this.watchedFeeds = watchedFeeds;
    this.index = index;
    this.archiveCredentials = archiveCredentials;
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
    String index = "";
    ArchiveCredentials credentials = ArchiveCredentials.NONE;
    if (Files.exists(file)) {
      try {
        JsonNode json = MAPPER.readTree(file.toFile());
        String stored = json.path("author").asText("");
        if (!stored.isBlank()) {
          author = stored;
        }
        folders = strings(json.path(WATCHED_FOLDERS));
        feeds = strings(json.path(WATCHED_FEEDS));
        index = json.path(INDEX).asText("");
        if (!json.path(ARCHIVE_USER).asText("").isBlank()) {
          credentials =
              new ArchiveCredentials(
                  json.path(ARCHIVE_USER).asText(), json.path(ARCHIVE_PASSWORD).asText(""));
        }
      } catch (IOException e) {
        LOG.warn("{} is not readable JSON; using default settings: {}", file, e.getMessage());
      }
    }
    return new WorkspaceSettings(file, author, folders, feeds, index, credentials);
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

  /** Returns the library last opened for writing, as {@code --index} takes it; blank for none. */
  public String index() {
    return index;
  }

  /** Returns the shared archive's credentials the file holds, {@link ArchiveCredentials#NONE}. */
  public ArchiveCredentials archiveCredentials() {
    return archiveCredentials;
  }

  /**
   * Remembers the library the workspace's articles live in and saves the settings.
   *
   * @param value as {@code --index} takes it
   * @throws IOException when the settings cannot be written; the previous file is then intact
   */
  public synchronized void setIndex(String value) throws IOException {
    index = value;
    save(author, watchedFolders, watchedFeeds);
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
    // Start from the file as it is, so what an administrator wrote by hand (the archive's
    // credentials) stays; what this object knows replaces the rest.
    ObjectNode json = MAPPER.createObjectNode();
    if (Files.exists(file)) {
      try {
        if (MAPPER.readTree(file.toFile()) instanceof ObjectNode existing) {
          json = existing;
        }
      } catch (IOException e) {
        LOG.warn("{} is not readable JSON; writing the settings afresh: {}", file, e.getMessage());
      }
    }
    json.put("author", author);
    json.remove(List.of(WATCHED_FOLDERS, WATCHED_FEEDS));
    folders.forEach(json.putArray(WATCHED_FOLDERS)::add);
    feeds.forEach(json.putArray(WATCHED_FEEDS)::add);
    if (index.isBlank()) {
      json.remove(INDEX);
    } else {
      json.put(INDEX, index);
    }
    JsonFiles.writeAtomically(file, json);
  }
}
