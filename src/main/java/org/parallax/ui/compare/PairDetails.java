package org.parallax.ui.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the details pane shows for the selected claim.
 *
 * @param title a heading such as "Pair 4 · changed" or "Only in Reuters"
 * @param similarity overall similarity in [0, 1], or -1 for a one-sided sentence
 * @param signals each part of the similarity by name, in the engine's order
 * @param differences typed differences in words
 * @param leftSources who the left sentence(s) credit, in words; empty when none
 * @param rightSources who the right sentence(s) credit, in words; empty when none
 * @param leftQuotes quotations on the left
 * @param rightQuotes quotations on the right
 */
record PairDetails(
    String title,
    double similarity,
    Map<String, Double> signals,
    List<String> differences,
    List<String> leftSources,
    List<String> rightSources,
    List<String> leftQuotes,
    List<String> rightQuotes) {

  /** Copies the collections so the record stays immutable. */
  PairDetails {
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    differences = List.copyOf(differences);
    leftSources = List.copyOf(leftSources);
    rightSources = List.copyOf(rightSources);
    leftQuotes = List.copyOf(leftQuotes);
    rightQuotes = List.copyOf(rightQuotes);
  }
}
