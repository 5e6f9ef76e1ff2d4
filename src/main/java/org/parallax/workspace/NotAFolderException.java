package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;

/** A workspace path names a file, where a workspace needs a folder. */
public final class NotAFolderException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error for a path.
   *
   * @param path the file given as a workspace
   */
  public NotAFolderException(Path path) {
    super(path + " is a file, not a workspace folder (give a folder with --workspace)");
  }
}
