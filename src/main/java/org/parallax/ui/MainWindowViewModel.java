package org.parallax.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** State of the main window, testable without a running toolkit. */
public final class MainWindowViewModel {

  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final Path workspace;

  /**
   * Creates the window's state for a workspace.
   *
   * @param workspace the workspace folder
   */
  public MainWindowViewModel(Path workspace) {
    this.workspace = workspace;
    status.set("Workspace: " + workspace);
  }

  /** Returns the workspace folder. */
  public Path workspace() {
    return workspace;
  }

  /** Returns the status line shown at the bottom of the window. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
