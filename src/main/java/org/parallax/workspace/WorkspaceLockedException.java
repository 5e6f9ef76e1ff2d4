package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;

/** Another Parallax window or command has the workspace open. */
public final class WorkspaceLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error for a workspace folder.
   *
   * @param folder the workspace that is in use
   */
  public WorkspaceLockedException(Path folder) {
    super(
        "the workspace "
            + folder
            + " is in use by another Parallax window or command; close it and try again,"
            + " or choose another folder with --workspace");
  }
}
