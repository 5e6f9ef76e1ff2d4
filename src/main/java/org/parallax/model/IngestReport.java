package org.parallax.model;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param stored articles stored (new articles and new versions)
 * @param duplicates paths whose content was already stored, so nothing was added
 * @param failed files that could not be ingested, with reasons
 * @param cancelled true when the user stopped the ingest before the end
 * @param orphanedAnnotations annotations whose passage a new version no longer contains; they are
 *     kept with their original quote, never deleted
 */
public record IngestReport(
    List<Article> stored,
    List<String> duplicates,
    List<IngestFailure> failed,
    boolean cancelled,
    List<Annotation> orphanedAnnotations) {

  /** Copies the lists so the record stays immutable. */
  public IngestReport {
    stored = List.copyOf(stored);
    duplicates = List.copyOf(duplicates);
    failed = List.copyOf(failed);
    orphanedAnnotations = List.copyOf(orphanedAnnotations);
  }

  /**
   * Returns the report of an ingest that orphaned no annotation.
   *
   * @param stored articles stored
   * @param duplicates paths already stored
   * @param failed files that failed
   * @param cancelled true when stopped early
   */
  public IngestReport(
      List<Article> stored,
      List<String> duplicates,
      List<IngestFailure> failed,
      boolean cancelled) {
    this(stored, duplicates, failed, cancelled, List.of());
  }
}
