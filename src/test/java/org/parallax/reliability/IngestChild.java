package org.parallax.reliability;

import java.nio.file.Path;
import java.util.List;
import org.parallax.model.IngestReport;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/**
 * The process the crash test kills: opens a workspace and ingests a folder, as {@code parallax
 * ingest} does.
 */
public final class IngestChild {

  private IngestChild() {}

  /**
   * Ingests {@code args[1]} into the workspace {@code args[0]}.
   *
   * @param args workspace folder, corpus folder
   */
  public static void main(String[] args) throws Exception {
    // The parent reads these lines to kill the ingest at a chosen point of its progress.
    int[] lastDone = {-1};
    IngestProgress progress =
        status -> {
          // One line per file finished (progress also comes per article).
          if (status.filesDone() != lastDone[0]) {
            lastDone[0] = status.filesDone();
            System.out.println("done " + status.filesDone());
            System.out.flush();
          }
        };
    try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
      IngestReport report = workspace.ingest(List.of(Path.of(args[1])), progress, () -> false);
      System.out.println("stored " + report.stored().size() + " failed " + report.failed().size());
    }
  }
}
