package org.parallax.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.parallax.ui.alerts.WorkspaceAlertSource;
import org.parallax.ui.compare.ReportExporter;
import org.parallax.ui.events.WorkspaceEventSource;
import org.parallax.ui.scan.WorkspaceScanner;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.Workspace;

/**
 * Opens the workspace services the window needs; slow (index, models), so never on the UI thread.
 */
public final class WorkspaceServices {

  private WorkspaceServices() {}

  /** Opens (and on first use creates and seeds) the workspace in {@code folder}. */
  public static Services open(Path folder) {
    return open(folder, IndexChoice.REMEMBERED);
  }

  /**
   * Opens the workspace in {@code folder} with its articles in the library chosen (remembered in
   * the workspace from then on), or the one it remembers.
   */
  public static Services open(Path folder, IndexChoice library) {
    try {
      Workspace workspace = Workspace.openDefault(folder, library);
      Comparer comparer =
          ComparisonService.withEmbeddings().correctedBy(workspace.annotations().corrections());
      WorkspaceAlertSource alerts = new WorkspaceAlertSource(workspace);
      return new Services(
          workspace,
          comparer,
          new ReportExporter(workspace.annotations()),
          // The watcher stops before the workspace it ingests into closes.
          () -> {
            alerts.close();
            workspace.close();
          },
          workspace.annotations(),
          new WorkspaceScanner(workspace),
          new WorkspaceEventSource(workspace, comparer),
          alerts);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + folder + ": " + e.getMessage(), e);
    }
  }
}
