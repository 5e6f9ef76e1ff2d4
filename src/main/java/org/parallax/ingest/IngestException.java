package org.parallax.ingest;

/** A file could not be read as an article; the message names the file and what was wrong. */
public final class IngestException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the error.
   *
   * @param path the file as the user named it
   * @param reason what was wrong, in words a person can act on
   */
  public IngestException(String path, String reason) {
    super(path + ": " + reason);
    this.path = path;
  }

  /**
   * Creates the error with its cause (kept for the log, not shown to the user).
   *
   * @param path the file as the user named it
   * @param reason what was wrong, in words a person can act on
   * @param cause the underlying failure
   */
  public IngestException(String path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
  }

  /** Returns the file as the user named it. */
  public String path() {
    return path;
  }

  /** Returns the reason without the path. */
  public String reason() {
    String message = getMessage();
    return message.substring(path.length() + 2);
  }
}
