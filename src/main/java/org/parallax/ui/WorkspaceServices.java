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
import org.parallax.workspace.Workspace;

/**
 * Opens the workspace services the window needs; slow (index, models), so never on the UI thread.
 */
public final class WorkspaceServices {

  private WorkspaceServices() {}

  /** Opens (and on first use creates and seeds) the workspace in {@code folder}. */
  public static Services open(Path folder) {
    try {
      Workspace workspace = Workspace.openDefault(folder);
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
