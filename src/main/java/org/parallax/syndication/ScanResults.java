package org.parallax.syndication;

import java.util.List;

/**
 * What one syndication scan found, as saved in {@code scan/results.json}.
 *
 * @param scannedAt when the scan ran (ISO-8601 instant)
 * @param since the earliest publication date scanned, or null for all
 * @param articles articles whose candidates were looked up
 * @param candidatePairs distinct pairs sharing at least {@link SyndicationScan#MIN_SHARED}
 *     fingerprints
 * @param comparedPairs those of them compared by the engine, each once (enough containment)
 * @param millis how long the scan took
 * @param pairs derived and common-source pairs, most confident first
 * @param embeddingRecheck whether pairs the embeddings could change were re-checked with them
 *     (false in results saved before the re-check existed)
 * @param recheckedPairs compared pairs re-checked with embeddings (0 when the re-check is off)
 * @param recheckMillis how long the re-check took, included in {@code millis}
 */
public record ScanResults(
    String scannedAt,
    String since,
    int articles,
    int candidatePairs,
    int comparedPairs,
    long millis,
    List<ScanPair> pairs,
    boolean embeddingRecheck,
    int recheckedPairs,
    long recheckMillis) {

  /** Copies the pairs so the record stays immutable. */
  public ScanResults {
    pairs = List.copyOf(pairs);
  }
}
