package org.parallax.app;

import java.nio.file.Path;
import org.parallax.cli.ParallaxCommand;
import org.parallax.ui.WorkbenchApp;
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
    // Logback reads this when the first logger is made, so it must be set before anything logs.
    System.setProperty("parallax.logdir", WorkspaceLocation.logFolder(workspace).toString());
    if (LaunchArguments.opensWindow(args)) {
      WorkbenchApp.launch(workspace);
    } else {
      System.exit(ParallaxCommand.run(args));
    }
  }
}
