package org.parallax.workspace;

/** Receives progress of a long ingest; called from the ingesting thread. */
@FunctionalInterface
public interface IngestProgress {

  /** A listener that ignores progress. */
  IngestProgress NONE = status -> {};

  /**
   * Reports how far the ingest has got: when a file starts, after each article stored or skipped,
   * and once at the end (with no current file). Called often (once per article): a listener that
   * draws or prints should throttle.
   *
   * @param status files and articles done so far
   */
  void update(IngestStatus status);
}
