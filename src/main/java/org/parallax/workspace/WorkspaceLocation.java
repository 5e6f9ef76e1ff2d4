package org.parallax.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decides which workspace folder to use: the {@code --workspace} option, else the {@code
 * PARALLAX_WORKSPACE} environment variable, else {@code ~/.parallax/workspace}.
 */
public final class WorkspaceLocation {

  /** The environment variable that overrides the default workspace. */
  public static final String ENVIRONMENT_VARIABLE = "PARALLAX_WORKSPACE";

  private WorkspaceLocation() {}

  /**
   * Returns the workspace folder to use.
   *
   * @param option the value of {@code --workspace}, or null when not given
   * @param environment the process environment
   * @param userHome the user's home folder
   */
  public static Path resolve(String option, Map<String, String> environment, Path userHome) {
    if (option != null && !option.isBlank()) {
      return Path.of(option).toAbsolutePath().normalize();
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment).toAbsolutePath().normalize();
    }
    return userHome.resolve(".parallax").resolve("workspace");
  }

  /** Returns the workspace folder for this process, given the {@code --workspace} option. */
  public static Path resolve(String option) {
    return resolve(option, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The system property logback reads for the folder of the log file. */
  public static final String LOG_FOLDER_PROPERTY = "parallax.logdir";

  /** Returns the folder inside a workspace where the rolling log file lives. */
  public static Path logFolder(Path workspace) {
    return workspace.resolve("logs");
  }

  /**
   * Returns where this process should log: inside the workspace when it exists (or when the process
   * is about to create it), else in {@code ~/.parallax/logs}, so that a command given a mistyped
   * workspace path does not create a folder there just to hold its log.
   *
   * @param workspace the workspace folder of the process
   * @param createsWorkspace true when the process creates the workspace if it is missing
   */
  public static Path logFolderFor(Path workspace, boolean createsWorkspace) {
    boolean usable = holdsWorkspace(workspace) || (createsWorkspace && canBeCreated(workspace));
    return usable
        ? logFolder(workspace)
        : Path.of(System.getProperty("user.home"), ".parallax", "logs");
  }

  /**
   * Returns true when a folder holds a workspace (one made by an ingest or the window). Kept here,
   * free of logging, because the launcher asks before logging is set up.
   */
  static boolean holdsWorkspace(Path folder) {
    return Files.isDirectory(folder.resolve("index"));
  }

  /** Returns true when the folder is one or could be made: its nearest existing ancestor is. */
  private static boolean canBeCreated(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && Files.isDirectory(existing);
  }

  /** Returns the log folder this process was started with, to tell a person where to look. */
  public static Path currentLogFolder() {
    String configured = System.getProperty(LOG_FOLDER_PROPERTY);
    return configured != null ? Path.of(configured) : logFolder(resolve(null));
  }
}
