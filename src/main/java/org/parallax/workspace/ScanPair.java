package org.parallax.workspace;

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
 */
public record ScanPair(
    ReportRef source,
    ReportRef derived,
    String verdict,
    double confidence,
    Coverage coverage,
    double verbatimShare,
    Boolean credited,
    int sharedFingerprints) {

  /** The verdict name of a derivation. */
  public static final String DERIVED = "derived-from-source";

  /**
   * How much of each report the other restates.
   *
   * @param derivedBySource share of the derived report restated in the source, in [0, 1]
   * @param sourceByDerived share of the source restated in the derived report, in [0, 1]
   */
  public record Coverage(double derivedBySource, double sourceByDerived) {}
}
