package org.parallax.workspace;

/** Receives progress of a long ingest; called from the ingesting thread. */
@FunctionalInterface
public interface IngestProgress {

  /** A listener that ignores progress. */
  IngestProgress NONE = (done, total, current) -> {};

  /**
   * Reports that {@code done} of {@code total} files are finished.
   *
   * @param done files finished so far
   * @param total files in this ingest (known after the folders were listed)
   * @param current the file being read now, or null at the end
   */
  void update(int done, int total, String current);
}
