package org.parallax.ui;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.parallax.workspace.ScanPair;
import org.parallax.workspace.ScanResults;

/**
 * State of the syndication scan tab: every derived pair found, narrowed to uncredited ones or to
 * one outlet as the user asks. Testable without a running toolkit.
 */
final class ScanViewModel {

  /** The outlet choice that keeps every outlet. */
  static final String ANY_OUTLET = "(any outlet)";

  private final List<ScanPair> pairs;

  ScanViewModel(ScanResults results) {
    this.pairs = List.copyOf(results.pairs());
  }

  /** Returns the outlets of either side of any pair, sorted, after {@link #ANY_OUTLET}. */
  List<String> outlets() {
    TreeSet<String> outlets = new TreeSet<>();
    for (ScanPair pair : pairs) {
      outlets.add(outletOf(pair.source().outlet()));
      outlets.add(outletOf(pair.derived().outlet()));
    }
    List<String> choices = new java.util.ArrayList<>(List.of(ANY_OUTLET));
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
                    || Objects.equals(outletOf(p.source().outlet()), outlet)
                    || Objects.equals(outletOf(p.derived().outlet()), outlet))
        .toList();
  }

  /** Returns how many pairs the scan found in all. */
  int total() {
    return pairs.size();
  }

  static String outletOf(String outlet) {
    return outlet == null ? "Unknown outlet" : outlet;
  }
}
