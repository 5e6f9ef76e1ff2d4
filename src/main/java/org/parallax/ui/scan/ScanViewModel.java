package org.parallax.ui.scan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.parallax.syndication.ScanPair;
import org.parallax.syndication.ScanResults;
import org.parallax.ui.ReportLabels;

/**
 * State of the syndication scan tab: every derived pair found, narrowed to uncredited ones or to
 * one outlet as the user asks. Testable without a running toolkit.
 */
final class ScanViewModel {

  /** The outlet choice that keeps every outlet. */
  static final String ANY_OUTLET = "(any outlet)";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final List<ScanPair> pairs;
  private final ScanResults results;

  ScanViewModel(ScanResults results) {
    this.pairs = List.copyOf(results.pairs());
    this.results = results;
  }

  /**
   * Returns when the listed scan ran, over how many articles and how long it took, so a user
   * looking at saved results knows whether to scan again.
   */
  String scannedLine() {
    String when;
    try {
      when = WHEN.format(Instant.parse(results.scannedAt()));
    } catch (DateTimeParseException | NullPointerException e) {
      when = "an unknown time";
    }
    String since = results.since() == null ? "" : " published since " + results.since();
    return String.format(
        Locale.ROOT,
        "Scanned %s · %,d articles%s · %d candidate pairs compared · took %.1f s",
        when,
        results.articles(),
        since,
        results.comparedPairs(),
        results.millis() / 1000.0);
  }

  /** Returns the outlets of either side of any pair, sorted, after {@link #ANY_OUTLET}. */
  List<String> outlets() {
    TreeSet<String> outlets = new TreeSet<>();
    for (ScanPair pair : pairs) {
      outlets.add(ReportLabels.outletOf(pair.source().outlet()));
      outlets.add(ReportLabels.outletOf(pair.derived().outlet()));
    }
    List<String> choices = new ArrayList<>(List.of(ANY_OUTLET));
    choices.addAll(outlets);
    return choices;
  }

  /**
   * Returns the pairs to show, in the scan's order.
   *
   * @param uncreditedOnly keep only derived reports that do not credit their source
   * @param outlet keep only pairs with this outlet on either side, or {@link #ANY_OUTLET}
   */
  List<ScanPair> visible(boolean uncreditedOnly, String outlet) {
    return pairs.stream()
        .filter(p -> !uncreditedOnly || Boolean.FALSE.equals(p.credited()))
        .filter(
            p ->
                outlet == null
                    || ANY_OUTLET.equals(outlet)
                    || Objects.equals(ReportLabels.outletOf(p.source().outlet()), outlet)
                    || Objects.equals(ReportLabels.outletOf(p.derived().outlet()), outlet))
        .toList();
  }

  /** Returns how many pairs the scan found in all. */
  int total() {
    return pairs.size();
  }

  /** Returns how many of them reuse only part of their source. */
  long partial() {
    return pairs.stream().filter(ScanPair::partial).count();
  }
}
