package org.parallax.watch;

import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanPair;

/**
 * A derivation found when a new article arrived: one report restates another, as the syndication
 * scan would list the pair.
 *
 * @param raisedAt when the alert was raised (ISO-8601 instant)
 * @param arrived the id of the new article whose check found the pair (either side of it)
 * @param derived the report that restates the other
 * @param source the report it restates
 * @param verdict {@code derived-from-source} (the scan's verdict name)
 * @param credited whether the derived report credits the source's outlet; null when the source's
 *     outlet is unknown
 * @param confidence the engine's confidence in [0, 1]
 * @param coverage how much of each report the other restates
 * @param verbatimShare share of the derived report's words in passages shared word for word
 */
public record Alert(
    String raisedAt,
    String arrived,
    ReportRef derived,
    ReportRef source,
    String verdict,
    Boolean credited,
    double confidence,
    ScanPair.Coverage coverage,
    double verbatimShare) {

  /** Returns the alert for a pair found when {@code arrived} was checked. */
  static Alert of(ScanPair pair, String arrived, String raisedAt) {
    return new Alert(
        raisedAt,
        arrived,
        pair.derived(),
        pair.source(),
        pair.verdict(),
        pair.credited(),
        pair.confidence(),
        pair.coverage(),
        pair.verbatimShare());
  }

  /** Returns what makes two alerts the same: the derived report and its source. */
  public String key() {
    return keyOf(derived.id(), source.id());
  }

  private static String keyOf(String derivedId, String sourceId) {
    return derivedId + " <- " + sourceId;
  }
}
