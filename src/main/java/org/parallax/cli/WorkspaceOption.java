package org.parallax.cli;

import java.io.IOException;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceLocation;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option every library command shares. */
final class WorkspaceOption {

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Workspace folder (default: $PARALLAX_WORKSPACE, else ~/.parallax/workspace).")
  String workspace;

  /** Opens the chosen workspace; the caller closes it. */
  Workspace open() throws IOException {
    return Workspace.open(WorkspaceLocation.resolve(workspace));
  }
}
