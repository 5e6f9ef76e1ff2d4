package org.parallax.syndication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.parallax.model.Derivation;

/**
 * One pair the syndication scan found: a report derived from another, or two restating a common
 * source.
 *
 * @param source the earlier report, or the presumed source
 * @param derived the report that restates it
 * @param verdict the engine's verdict seen from source to derived: {@code derived-from-source} or
 *     {@code common-source}
 * @param confidence the engine's confidence in [0, 1]
 * @param coverage how much of each report the other restates
 * @param verbatimShare share of the derived report's words in passages shared word for word
 * @param credited whether the derived report credits the source's outlet; null for common source
 *     and when the source's outlet is unknown
 * @param sharedFingerprints sampled shingles the two share (the candidate evidence)
 * @param decidedBy which engine decided the pair: {@code lexical} (the lexical pass) or {@code
 *     embeddings} (re-checked with sentence embeddings); {@code lexical} when absent, as in results
 *     saved before the re-check existed
 * @param reuse the engine's reuse score in [0, 1] (0 in results saved before it existed)
 * @param version true when the derived report is a later version of the source by the same outlet
 *     (a cut, an update, a correction): listed, but never uncredited
 */
@JsonIgnoreProperties(value = "partial", allowGetters = true)
public record ScanPair(
    ReportRef source,
    ReportRef derived,
    String verdict,
    double confidence,
    Coverage coverage,
    double verbatimShare,
    Boolean credited,
    int sharedFingerprints,
    String decidedBy,
    double reuse,
    boolean version) {

  /** The verdict name of a derivation. */
  public static final String DERIVED = "derived-from-source";

  /** {@link #decidedBy()} of a pair the lexical pass decided. */
  public static final String LEXICAL = "lexical";

  /** {@link #decidedBy()} of a pair the embedding re-check decided. */
  public static final String EMBEDDINGS = "embeddings";

  /**
   * Returns true when the derived report restates less than half of itself from the source: partial
   * reuse ({@link Derivation#PARTIAL_BELOW}).
   */
  @JsonProperty("partial")
  public boolean partial() {
    return DERIVED.equals(verdict) && coverage.derivedBySource() < Derivation.PARTIAL_BELOW;
  }

  /** Reads a missing {@code decidedBy} as {@code lexical}: older scans had no other pass. */
  public ScanPair {
    decidedBy = decidedBy == null ? LEXICAL : decidedBy;
  }

  /**
   * How much of each report the other restates.
   *
   * @param derivedBySource share of the derived report restated in the source, in [0, 1]
   * @param sourceByDerived share of the source restated in the derived report, in [0, 1]
   */
  public record Coverage(double derivedBySource, double sourceByDerived) {}
}
