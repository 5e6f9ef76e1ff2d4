package org.parallax.workspace;

import java.util.List;
import java.util.Set;
import org.parallax.correction.CorrectionApplier;
import org.parallax.model.Comparison;
import org.parallax.model.CorrectionKind;
import org.parallax.model.SentencePair;

/** What a correction must name to make sense, checked before it is stored. */
final class CorrectionRules {

  private static final Set<String> RELATIONS = Set.of("same", "changed", "different");

  private CorrectionRules() {}

  static void check(
      Comparison comparison,
      CorrectionKind kind,
      List<Integer> left,
      List<Integer> right,
      String value,
      String reason) {
    if (kind == CorrectionKind.VERDICT) {
      if (CorrectionApplier.verdictNamed(value) == null) {
        throw new IllegalArgumentException(
            "unknown verdict \""
                + value
                + "\": use right-derives-from-left, left-derives-from-right, common-source,"
                + " independent or unknown");
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a verdict needs a reason (--reason TEXT)");
      }
      return;
    }
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("name sentences on both sides, as in L:3,5=R:1");
    }
    inRange("left", left, comparison.left().sentences().size());
    inRange("right", right, comparison.right().sentences().size());
    switch (kind) {
      case RELATION -> {
        if (!RELATIONS.contains(value)) {
          throw new IllegalArgumentException(
              "unknown relation \"" + value + "\": use same, changed or different");
        }
      }
      case NOT_A_DIFFERENCE -> requireDifference(comparison, left, right, value);
      case RETYPE -> {
        String[] types = value.split(">", 2);
        if (types.length != 2 || CorrectionApplier.typeNamed(types[1]) == null) {
          throw new IllegalArgumentException(
              "name the difference type and the type it is, as in title>entity");
        }
        requireDifference(comparison, left, right, types[0]);
      }
      default -> {}
    }
  }

  private static void inRange(String side, List<Integer> numbers, int count) {
    for (int n : numbers) {
      if (n < 0 || n >= count) {
        throw new IllegalArgumentException(
            "the " + side + " report has no sentence " + n + " (it has 0 to " + (count - 1) + ")");
      }
    }
  }

  private static void requireDifference(
      Comparison comparison, List<Integer> left, List<Integer> right, String type) {
    for (SentencePair pair : comparison.pairs()) {
      boolean named =
          pair.left().stream().anyMatch(left::contains)
              || pair.right().stream().anyMatch(right::contains);
      if (named && pair.differences().stream().anyMatch(d -> d.type().jsonName().equals(type))) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "no pair of L:"
            + left
            + " and R:"
            + right
            + " has a difference of type \""
            + type
            + "\" (see compare's output for the pairs and their differences)");
  }
}
