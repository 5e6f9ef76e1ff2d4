package org.parallax.watch;

import org.parallax.model.IngestReport;

/** Told what a watcher does; called on the watcher's thread, so a window hands it on. */
public interface WatchListener {

  /**
   * A new derivation was found, recorded, and is told this once.
   *
   * @param alert the derivation
   */
  void alert(Alert alert);

  /**
   * Something arrived and was ingested.
   *
   * @param from the file or feed address it came from
   * @param report what the ingest stored, skipped and failed
   */
  default void ingested(String from, IngestReport report) {}

  /**
   * A round of watching failed; the watcher goes on with the next.
   *
   * @param problem what went wrong, for a person
   */
  default void failed(String problem) {}
}
