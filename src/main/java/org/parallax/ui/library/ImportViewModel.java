package org.parallax.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.ui.UserError;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.IngestStatus;
import org.parallax.workspace.Library;

/**
 * State of an import: whether one runs, how far it is, and which files failed with why. The import
 * runs on a background executor, polls a cancel flag between articles and reports progress on the
 * UI executor.
 */
public final class ImportViewModel {

  private static final long UI_INTERVAL_NANOS = 100_000_000L;

  private final Executor work;
  private final Executor ui;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ObservableList<IngestFailure> failures = FXCollections.observableArrayList();
  private final ObservableList<IngestFailure> failuresView =
      FXCollections.unmodifiableObservableList(failures);
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /**
   * Creates the import state.
   *
   * @param work runs imports (a background thread in the window)
   * @param ui applies progress (the JavaFX thread in the window)
   */
  public ImportViewModel(Executor work, Executor ui) {
    this.work = work;
    this.ui = ui;
  }

  /** Returns true while an import runs. */
  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Returns true while an import runs. */
  boolean isRunning() {
    return running.get();
  }

  /** Returns progress in [0, 1], or -1 while the files are still being listed. */
  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Returns progress in [0, 1], or -1 while the files are still being listed. */
  double getProgress() {
    return progress.get();
  }

  /** Returns what the import is doing or did, in words. */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Returns what the import is doing or did, in words. */
  String getMessage() {
    return message.get();
  }

  /** Returns the files of the last import that failed, with their reasons. */
  ObservableList<IngestFailure> failures() {
    return failuresView;
  }

  /**
   * Imports files and folders into a library in the background.
   *
   * @param library where to store them
   * @param paths files or folders
   * @param done told the report on the UI executor when the import ends
   * @param failed told on the UI executor when the import could not run at all
   */
  public void start(
      Library library, List<Path> paths, Consumer<IngestReport> done, Consumer<UserError> failed) {
    if (running.get()) {
      return;
    }
    cancelled.set(false);
    failures.clear();
    running.set(true);
    progress.set(-1);
    message.set("Listing " + paths.size() + (paths.size() == 1 ? " item…" : " items…"));
    work.execute(
        () -> {
          try {
            IngestReport report = library.ingest(paths, new Throttled(), cancelled::get);
            ui.execute(() -> finish(report, done));
          } catch (RuntimeException e) {
            ui.execute(
                () -> {
                  running.set(false);
                  message.set("Import failed");
                  failed.accept(
                      UserError.of(
                          "Import failed",
                          e,
                          "Check that the files are readable and that the workspace folder is"
                              + " writable, then import again."));
                });
          }
        });
  }

  /** Asks the running import to stop after the current article; what it stored is kept. */
  void cancel() {
    if (running.get()) {
      cancelled.set(true);
      message.set("Cancelling after the current article…");
    }
  }

  private void step(IngestStatus status) {
    if (!running.get()) {
      return;
    }
    progress.set(status.fraction());
    if (status.currentFile() == null) {
      return;
    }
    String file = "Importing " + Path.of(status.currentFile()).getFileName();
    if (status.filesTotal() > 1) {
      file += " (file " + (status.filesDone() + 1) + " of " + status.filesTotal() + ")";
    }
    message.set(
        String.format(
            Locale.ROOT,
            "%s: %,d articles read, %,d stored, %,.0f a second%s",
            file,
            status.articlesRead(),
            status.articlesStored(),
            status.articlesPerSecond(),
            cancelled.get() ? "; cancelling…" : ""));
  }

  /**
   * Passes progress to the UI executor at most ten times a second: an ingest reports every article,
   * and thousands of UI tasks a second would freeze the window they should inform.
   */
  private final class Throttled implements IngestProgress {
    private long lastSent;

    @Override
    public void update(IngestStatus status) {
      long now = System.nanoTime();
      if (now - lastSent >= UI_INTERVAL_NANOS || status.currentFileArticles() == 0) {
        lastSent = now;
        ui.execute(() -> step(status));
      }
    }
  }

  private void finish(IngestReport report, Consumer<IngestReport> done) {
    running.set(false);
    progress.set(1);
    failures.setAll(report.failed());
    message.set(summary(report));
    done.accept(report);
  }

  /** Returns an import's outcome in one line. */
  public static String summary(IngestReport report) {
    String text =
        (report.cancelled() ? "Import cancelled: " : "Imported ")
            + report.stored().size()
            + (report.stored().size() == 1 ? " article" : " articles");
    if (!report.duplicates().isEmpty()) {
      text += ", " + report.duplicates().size() + " already in the library";
    }
    if (!report.failed().isEmpty()) {
      text += ", " + report.failed().size() + " failed";
    }
    if (!report.orphanedAnnotations().isEmpty()) {
      text +=
          "; "
              + report.orphanedAnnotations().size()
              + " annotation(s) lost their words in a new version and are listed as orphans";
    }
    return text;
  }
}
