package org.parallax.ui;

import java.nio.file.Path;

/**
 * Opens the workspace services the window needs; slow (index, models), so never on the UI thread.
 */
final class WorkspaceServices {

  private WorkspaceServices() {}

  /** Opens (and on first use creates and seeds) the workspace in {@code folder}. */
  static Services open(Path folder) {
    throw new UnsupportedOperationException("the workspace service is not built yet: " + folder);
  }
}
