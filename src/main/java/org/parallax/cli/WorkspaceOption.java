package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace DIR} and {@code --index LIBRARY} options every library command shares, and
 * the three ways a command opens the workspace it names: only {@code ingest} creates one, commands
 * that only read open it beside a running writer, and the others need it to exist and be free.
 */
final class WorkspaceOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  String workspace;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Workspace folder (default: $PARALLAX_WORKSPACE, else ~/.parallax/workspace).")
  void setWorkspace(String folder) {
    requireFolderName(command, folder);
    this.workspace = folder;
  }

  /** Refuses a blank {@code --workspace} value, which would silently mean the default folder. */
  static void requireFolderName(CommandSpec command, String folder) {
    if (folder.isBlank()) {
      throw new ParameterException(
          command.commandLine(), "--workspace needs a folder name; it was given an empty one");
    }
  }

  IndexChoice library = IndexChoice.REMEMBERED;

  @Option(
      names = "--index",
      paramLabel = "LIBRARY",
      description =
          "Where the articles live: the workspace's own index (default), or a shared archive on"
              + " SolrCloud, solr:http://host:8983/solr[,http://host2:8983/solr]/COLLECTION.")
  void setIndex(String value) {
    try {
      this.library = IndexChoice.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), "--index: " + e.getMessage());
    }
  }

  /** Returns the folder the option (or the environment, or the default) names. */
  Path folder() {
    return WorkspaceLocation.resolve(workspace);
  }

  /**
   * Opens the workspace for writing, creating it when missing and saying so on {@code err}; the
   * caller closes it.
   */
  Workspace openOrCreate(PrintWriter err) throws IOException {
    Path folder = folder();
    boolean isNew = !Workspace.exists(folder);
    Workspace opened = Workspace.open(folder, library);
    if (isNew) {
      err.println("Created a new workspace at " + opened.folder());
    }
    return opened;
  }

  /** Opens an existing workspace for writing (the lock); the caller closes it. */
  Workspace openExisting() throws IOException {
    return Workspace.openExisting(folder(), library);
  }

  /** Opens an existing workspace for reading, beside any process writing it; caller closes it. */
  Workspace openForReading() throws IOException {
    return Workspace.openForReading(folder(), library);
  }
}
