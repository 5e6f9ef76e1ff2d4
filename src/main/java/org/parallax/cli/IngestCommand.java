package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.model.Annotation;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.IngestStatus;
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
      "Creates the workspace when it does not exist yet. Progress (files and articles) and a"
          + " summary go to standard error; Ctrl+C stops between two articles and keeps what was"
          + " stored; exit code 1 when any file failed."
    })
final class IngestCommand implements Callable<Integer> {

  private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

  /** How long Ctrl+C waits for the ingest to commit and close the workspace. */
  private static final long CLOSE_WAIT_SECONDS = 60;

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
    // Ctrl+C stops the ingest between two articles and lets it commit: what was stored is kept.
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch closed = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              interrupted.set(true);
              awaitQuietly(closed);
            },
            "parallax-ingest-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try (Workspace workspace = workspaceOption.openOrCreate(err)) {
      report = workspace.ingest(paths, new ProgressLine(err), interrupted::get);
      printSummary(err, report, workspace.size(), verbose);
    } finally {
      closed.countDown();
      removeQuietly(onInterrupt);
    }
    return report.failed().isEmpty() ? 0 : 1;
  }

  private static void awaitQuietly(CountDownLatch closed) {
    try {
      closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping (Ctrl+C): the hook is running and ends on its own.
    }
  }

  /**
   * Prints an ingest's progress to standard error at most twice a second, by article: a JSON Lines
   * file holds thousands.
   */
  static final class ProgressLine implements IngestProgress {
    private final PrintWriter err;
    private long lastPrinted;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void update(IngestStatus status) {
      long now = System.nanoTime();
      if (status.currentFile() != null
          && lastPrinted != 0
          && now - lastPrinted < PROGRESS_INTERVAL_NANOS) {
        return;
      }
      lastPrinted = now;
      err.println(describe(status));
      err.flush();
    }

    /** Returns one progress line. */
    static String describe(IngestStatus status) {
      String articles =
          String.format(
              Locale.ROOT,
              "%,d article(s) read, %,d stored, %,d duplicate(s), %,.0f articles/s",
              status.articlesRead(),
              status.articlesStored(),
              status.duplicates(),
              status.articlesPerSecond());
      if (status.currentFile() == null) {
        return String.format(
            Locale.ROOT,
            "ingest: %d/%d files done: %s in %.1f s",
            status.filesDone(),
            status.filesTotal(),
            articles,
            status.elapsed().toMillis() / 1000.0);
      }
      return String.format(
          Locale.ROOT,
          "ingest: file %d/%d (%s)%s: %s",
          status.filesDone() + 1,
          status.filesTotal(),
          status.currentFile(),
          status.currentFileArticles() == 0
              ? ""
              : String.format(
                  Locale.ROOT, " %,d/%,d", status.currentFileDone(), status.currentFileArticles()),
          articles);
    }
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
    if (report.cancelled()) {
      err.printf(
          Locale.ROOT,
          "  Interrupted: the %d article(s) stored before are kept; ingest the same files again to"
              + " store the rest (those already stored are skipped).%n",
          report.stored().size());
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
