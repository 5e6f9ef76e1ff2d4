package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;

/** A command that reads a workspace was given a folder that holds none. */
public final class NoWorkspaceException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error for a folder.
   *
   * @param folder the folder that holds no workspace
   */
  public NoWorkspaceException(Path folder) {
    super(
        "no workspace at "
            + folder
            + " (create one with parallax ingest FILES --workspace "
            + folder
            + ")");
  }
}
