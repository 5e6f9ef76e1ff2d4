package org.parallax.workspace;

import java.time.Duration;

/**
 * How far an ingest has got, by file and by article: a JSON Lines file or a feed holds thousands of
 * articles, so "0 of 1 files" says nothing until the end.
 *
 * @param filesDone files finished
 * @param filesTotal files in this ingest (known once the folders were listed)
 * @param currentFile the file being read or stored now, null at the end
 * @param currentFileArticles articles read from the current file, 0 while it is being parsed
 * @param currentFileDone articles of the current file stored or skipped as duplicates so far
 * @param articlesRead articles read from all files so far
 * @param articlesStored articles stored so far (new stories and new versions)
 * @param duplicates articles skipped so far as already stored
 * @param elapsed time since the ingest started
 */
public record IngestStatus(
    int filesDone,
    int filesTotal,
    String currentFile,
    long currentFileArticles,
    long currentFileDone,
    long articlesRead,
    long articlesStored,
    long duplicates,
    Duration elapsed) {

  /** Returns the share of the work done in [0, 1]; each file weighs alike, -1 when unknown. */
  public double fraction() {
    if (filesTotal <= 0) {
      return -1;
    }
    double inFile = currentFileArticles > 0 ? (double) currentFileDone / currentFileArticles : 0;
    return Math.min(1, (filesDone + (currentFile == null ? 0 : inFile)) / filesTotal);
  }

  /** Returns articles stored or skipped per second since the start; 0 before the first. */
  public double articlesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (articlesStored + duplicates) / seconds;
  }
}
