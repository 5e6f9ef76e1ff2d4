package org.parallax.app;

import java.nio.file.Path;
import org.parallax.cli.ParallaxCommand;
import org.parallax.ui.WorkbenchApp;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.WorkspaceLocation;

/** Starts Parallax: the window when given no command, the command line otherwise. */
public final class Main {

  private Main() {}

  /**
   * Runs Parallax.
   *
   * @param args empty (or only {@code --workspace DIR}) to open the window, else a command
   */
  public static void main(String[] args) {
    String workspaceOption = LaunchArguments.workspaceOption(args);
    Path workspace = WorkspaceLocation.resolve(workspaceOption);
    boolean opensWindow = LaunchArguments.opensWindow(args);
    // Logback reads this when the first logger is made, so it must be set before anything logs.
    System.setProperty(
        WorkspaceLocation.LOG_FOLDER_PROPERTY,
        WorkspaceLocation.logFolderFor(
                workspace, opensWindow || LaunchArguments.createsWorkspace(args))
            .toString());
    if (!opensWindow) {
      System.exit(ParallaxCommand.run(args));
    }
    IndexChoice library;
    try {
      String index = LaunchArguments.indexOption(args);
      library = index == null ? IndexChoice.REMEMBERED : IndexChoice.parse(index);
    } catch (IllegalArgumentException e) {
      System.exit(ParallaxCommand.refuse("--index: " + e.getMessage()));
      return;
    }
    if (!Display.available()) {
      System.exit(ParallaxCommand.refuse(Display.NONE));
    }
    WorkbenchApp.launch(workspace, library);
  }
}
