package org.parallax.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one report shares with another that an independent writer would not produce, each in [0, 1],
 * read in one direction: how much of the {@code derived} report comes from the other.
 *
 * @param trigrams share of the report's word trigrams (boilerplate left out) found in the other
 * @param rareRuns share of the report's word weight, by rarity, in runs of words shared with the
 *     other, long runs counting in full and short ones in part
 * @param restated share of the report's words in claims the other restates in its wording; claims
 *     aligned by meaning alone count a quarter
 * @param order how far the restated claims keep the other's order (Kendall's tau in [0, 1]), 0 when
 *     fewer than three are restated
 * @param quotes copied quotations: 1 - 2^-n for n quotations shared word for word or with their
 *     quotation marks moved
 */
record CopySignals(double trigrams, double rareRuns, double restated, double order, double quotes) {

  /** Names of the signals in JSON, in the order of {@link #asMap()}. */
  static final String TRIGRAMS = "trigrams";

  static final String RARE_RUNS = "rareRuns";
  static final String RESTATED = "restated";
  static final String ORDER = "order";
  static final String QUOTES = "quotes";

  /** Returns the signals by name, in a fixed order. */
  Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put(TRIGRAMS, trigrams);
    map.put(RARE_RUNS, rareRuns);
    map.put(RESTATED, restated);
    map.put(ORDER, order);
    map.put(QUOTES, quotes);
    return map;
  }
}
