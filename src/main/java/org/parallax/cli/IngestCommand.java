package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.model.Annotation;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax ingest PATH...}: stores files and folders in the workspace. */
@Command(
    name = "ingest",
    description = {
      "Store articles from files and folders (recursively) in the workspace.",
      "Creates the workspace when it does not exist yet. Progress and a summary go to standard"
          + " error; exit code 1 when any file failed."
    })
final class IngestCommand implements Callable<Integer> {

  private static final long PROGRESS_INTERVAL_MILLIS = 500;

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also list every file skipped as already stored (else only their count).")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    IngestReport report;
    try (Workspace workspace = workspaceOption.openOrCreate(err)) {
      long[] lastPrinted = {0};
      report =
          workspace.ingest(
              paths,
              (done, total, current) -> {
                long now = System.currentTimeMillis();
                if (current == null || now - lastPrinted[0] >= PROGRESS_INTERVAL_MILLIS) {
                  lastPrinted[0] = now;
                  err.printf(
                      Locale.ROOT,
                      "ingest: %d/%d files%s%n",
                      done,
                      total,
                      current == null ? " done" : " (" + current + ")");
                }
              },
              () -> false);
      printSummary(err, report, workspace.size(), verbose);
    }
    return report.failed().isEmpty() ? 0 : 1;
  }

  private static void printSummary(
      PrintWriter err, IngestReport report, long size, boolean verbose) {
    long newVersions = report.stored().stream().filter(a -> a.version() > 1).count();
    err.printf(
        Locale.ROOT,
        "Stored %d article(s) (%d new version(s) of known stories), %d duplicate(s) skipped,"
            + " %d file(s) failed. The workspace holds %d article(s).%n",
        report.stored().size(),
        newVersions,
        report.duplicates().size(),
        report.failed().size(),
        size);
    if (verbose) {
      for (String duplicate : report.duplicates()) {
        err.printf(Locale.ROOT, "  already stored: %s%n", duplicate);
      }
    } else if (!report.duplicates().isEmpty()) {
      err.printf(
          Locale.ROOT, "  (--verbose lists the %d duplicate(s).)%n", report.duplicates().size());
    }
    for (IngestFailure failure : report.failed()) {
      err.printf(Locale.ROOT, "  FAILED %s: %s%n", failure.path(), failure.reason());
    }
    for (Annotation orphan : report.orphanedAnnotations()) {
      err.printf(
          Locale.ROOT,
          "  annotation %s lost its passage in the new version of %s and is kept as an orphan:"
              + " \"%s\"%n",
          orphan.id(),
          orphan.article().value(),
          orphan.exact());
    }
  }
}
