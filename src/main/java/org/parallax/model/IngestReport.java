package org.parallax.model;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param stored articles stored (new articles and new versions)
 * @param duplicates paths whose content was already stored, so nothing was added
 * @param failed files that could not be ingested, with reasons
 * @param cancelled true when the user stopped the ingest before the end
 */
public record IngestReport(
    List<Article> stored, List<String> duplicates, List<IngestFailure> failed, boolean cancelled) {

  /** Copies the lists so the record stays immutable. */
  public IngestReport {
    stored = List.copyOf(stored);
    duplicates = List.copyOf(duplicates);
    failed = List.copyOf(failed);
  }
}
