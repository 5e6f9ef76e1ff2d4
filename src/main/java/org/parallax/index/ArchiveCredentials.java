package org.parallax.index;

import java.util.Map;

/**
 * The user name and password a shared archive asks for with HTTP basic authentication. They come
 * from the environment or the workspace's settings file, never the command line (shell histories
 * and process lists keep it); {@link #toString} never shows the password, so logging one is safe.
 *
 * @param user the user name, or null for none
 * @param password the password, or null for none
 */
public record ArchiveCredentials(String user, String password) {

  /** The environment variable holding the user name. */
  public static final String USER_VARIABLE = "PARALLAX_SOLR_USER";

  /** The environment variable holding the password. */
  public static final String PASSWORD_VARIABLE = "PARALLAX_SOLR_PASSWORD";

  /** No credentials: the archive is open. */
  public static final ArchiveCredentials NONE = new ArchiveCredentials(null, null);

  /** Returns true when there is a user name to send. */
  public boolean isPresent() {
    return user != null && !user.isBlank();
  }

  /**
   * Returns the credentials the environment gives, else {@code fallback} (those of the settings).
   *
   * @param environment the process environment, {@code System.getenv()}
   * @param fallback what to use when the environment names no user
   */
  public static ArchiveCredentials fromEnvironment(
      Map<String, String> environment, ArchiveCredentials fallback) {
    String user = environment.get(USER_VARIABLE);
    if (user == null || user.isBlank()) {
      return fallback;
    }
    return new ArchiveCredentials(user, environment.getOrDefault(PASSWORD_VARIABLE, ""));
  }

  /** Names the user only: the password never reaches a log or a message. */
  @Override
  public String toString() {
    return isPresent() ? "user " + user + " (password not shown)" : "no credentials";
  }
}
