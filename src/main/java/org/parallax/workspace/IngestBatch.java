package org.parallax.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  final Set<String> filesSinceCommit = new LinkedHashSet<>();
  int sinceCommit;
  int storedSinceCommit;
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

  /** Counts an article stored (not yet committed) from a file, or from no file when null. */
  void storedFrom(Article article, String file) {
    stored.add(article);
    storedSinceCommit++;
    if (file != null) {
      filesSinceCommit.add(file);
    }
  }

  /** Notes that everything stored so far is durable. */
  void committed() {
    sinceCommit = 0;
    storedSinceCommit = 0;
    filesSinceCommit.clear();
  }

  /**
   * Lists as not stored every file since the last commit, the one being read and those never
   * reached, after the library stopped answering: an article sent but not committed may be lost.
   * Ingesting them again stores them once: what did reach the library is a duplicate then.
   */
  void archiveLost(String reason, List<String> unattempted) {
    stored.subList(stored.size() - storedSinceCommit, stored.size()).clear();
    Set<String> notStored = new LinkedHashSet<>(filesSinceCommit);
    if (currentFile != null) {
      notStored.add(currentFile);
    }
    notStored.addAll(unattempted);
    String why = "not stored: " + reason + "; ingest it again once it answers";
    notStored.forEach(file -> failed.add(new IngestFailure(file, why)));
    committed();
  }

  /** Re-anchors the annotations of stories that got a new version; call after a commit. */
  void reanchor(WorkspaceAnnotations annotations) {
    orphaned.addAll(annotations.reanchor(stored));
  }

  IngestReport report() {
    return new IngestReport(stored, duplicates, failed, cancelled, orphaned);
  }
}
