package org.parallax.workspace;

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

  /** Returns the folder inside a workspace where the rolling log file lives. */
  public static Path logFolder(Path workspace) {
    return workspace.resolve("logs");
  }
}
