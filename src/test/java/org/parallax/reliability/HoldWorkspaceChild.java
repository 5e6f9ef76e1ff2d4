package org.parallax.reliability;

import java.nio.file.Path;
import org.parallax.workspace.Workspace;

/** A second Parallax process for the two-instance test: holds a workspace open until killed. */
public final class HoldWorkspaceChild {

  private HoldWorkspaceChild() {}

  /**
   * Opens the workspace {@code args[0]}, says so, and waits.
   *
   * @param args the workspace folder
   */
  public static void main(String[] args) throws Exception {
    try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
      System.out.println("open " + workspace.size());
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
