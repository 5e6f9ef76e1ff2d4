package org.parallax.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;

/**
 * What one ingest has done so far, told to its progress listener as it goes; becomes the ingest's
 * {@link IngestReport} at the end.
 */
final class IngestBatch {
  final List<Article> stored = new ArrayList<>();
  final List<String> duplicates = new ArrayList<>();
  final List<IngestFailure> failed = new ArrayList<>();
  final List<Annotation> orphaned = new ArrayList<>();
  final IngestProgress progress;
  final BooleanSupplier cancelRequested;
  final long started = System.nanoTime();
  boolean cancelled;
  int sinceCommit;
  int filesDone;
  int filesTotal;
  String currentFile;
  long fileArticles;
  long fileDone;
  long articlesRead;

  IngestBatch() {
    this(IngestProgress.NONE, () -> false);
  }

  IngestBatch(IngestProgress progress, BooleanSupplier cancelRequested) {
    this.progress = progress;
    this.cancelRequested = cancelRequested;
  }

  /** Returns true once the user asked to stop; polled between articles, not only files. */
  boolean stopping() {
    if (!cancelled && cancelRequested.getAsBoolean()) {
      cancelled = true;
    }
    return cancelled;
  }

  void startFile(String file) {
    currentFile = file;
    fileArticles = 0;
    fileDone = 0;
    tell();
  }

  void read(int articles) {
    fileArticles += articles;
    articlesRead += articles;
    tell();
  }

  void articleDone() {
    fileDone++;
    tell();
  }

  private void tell() {
    progress.update(
        new IngestStatus(
            filesDone,
            filesTotal,
            currentFile,
            fileArticles,
            fileDone,
            articlesRead,
            stored.size(),
            duplicates.size(),
            Duration.ofNanos(System.nanoTime() - started)));
  }

  /** Re-anchors the annotations of stories that got a new version; call after a commit. */
  void reanchor(WorkspaceAnnotations annotations) {
    orphaned.addAll(annotations.reanchor(stored));
  }

  IngestReport report() {
    return new IngestReport(stored, duplicates, failed, cancelled, orphaned);
  }
}
