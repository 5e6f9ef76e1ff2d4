package org.parallax.index;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The library did not answer at all (a shared archive whose every node is down or unreachable), as
 * opposed to refusing one request: whatever comes next would fail the same way, so a batch stops
 * and lists what it did not store rather than trying each remaining article.
 */
public final class IndexUnavailableException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message which library did not answer, in words a person can act on
   * @param cause what the client saw
   */
  public IndexUnavailableException(String message, Throwable cause) {
    super(new IOException(message, cause));
  }
}
