package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.Derivation;
import org.parallax.model.Review;
import org.parallax.model.SentencePair;
import org.parallax.report.CorrectionWords;

/**
 * What the comparison tab shows of analysts' corrections: which sentences carry the analyst's mark,
 * and each correction in words beside the engine's own suggestion. Toolkit-free, so it is
 * unit-tested.
 */
final class CorrectionMarks {

  /** The style class of a sentence an analyst's correction names. */
  static final String CORRECTED = "claim-corrected";

  private CorrectionMarks() {}

  /** One correction as the tab lists it: the analyst's words and the engine's, dimmed. */
  record Line(String analyst, String engine) {}

  /** Returns the sentences of one side that an applied correction names. */
  static Set<Integer> corrected(Comparison comparison, Side side) {
    Set<Integer> numbers = new TreeSet<>();
    for (AppliedCorrection applied : comparison.review().applied()) {
      numbers.addAll(side == Side.LEFT ? applied.left() : applied.right());
    }
    return numbers;
  }

  /** Returns the document with the analyst's mark on the corrected sentences. */
  static PaneDocument marked(PaneDocument document, Set<Integer> corrected) {
    if (corrected.isEmpty()) {
      return document;
    }
    List<List<String>> classes = new ArrayList<>();
    for (int n = 0; n < document.paragraphs(); n++) {
      List<String> own = new ArrayList<>(document.paragraphClasses().get(n));
      if (corrected.contains(n)) {
        own.add(CORRECTED);
      }
      classes.add(own);
    }
    return new PaneDocument(document.text(), document.paragraphStart(), classes, document.runs());
  }

  /** Returns every correction of the comparison in words, with what the engine had said. */
  static List<Line> lines(Comparison comparison) {
    Review review = comparison.review();
    List<Line> lines = new ArrayList<>();
    for (AppliedCorrection applied : review.applied()) {
      String where =
          applied.left().isEmpty()
              ? ""
              : " · "
                  + String.join("+", applied.left().stream().map(n -> "L" + n).toList())
                  + " = "
                  + String.join("+", applied.right().stream().map(n -> "R" + n).toList());
      String reason =
          applied.correction().reason().isEmpty() ? "" : " (" + applied.correction().reason() + ")";
      lines.add(
          new Line(
              "\u270E " + CorrectionWords.of(applied.correction()) + where + reason,
              engine(review, applied)));
    }
    for (Correction orphan : review.orphaned()) {
      lines.add(
          new Line(
              "\u26A0 " + CorrectionWords.of(orphan),
              "orphaned: its sentences are not in these versions"));
    }
    return lines;
  }

  private static String engine(Review review, AppliedCorrection applied) {
    Comparison machine = review.machine();
    if (applied.correction().kind() == CorrectionKind.VERDICT) {
      Derivation derivation = machine.derivation();
      return "engine: "
          + derivation.verdict().jsonName().replace('-', ' ')
          + String.format(Locale.ROOT, " (%.2f)", derivation.confidence());
    }
    Optional<SentencePair> held = machine.pairs().stream().filter(applied::touches).findFirst();
    return held.map(
            pair ->
                "engine: "
                    + String.join("+", pair.left().stream().map(n -> "L" + n).toList())
                    + " = "
                    + String.join("+", pair.right().stream().map(n -> "R" + n).toList())
                    + ", "
                    + ClaimWords.relation(pair)
                    + (pair.differences().isEmpty()
                        ? ""
                        : ", "
                            + String.join(
                                ", ",
                                pair.differences().stream()
                                    .map(d -> d.type().jsonName())
                                    .distinct()
                                    .toList())))
        .orElse("engine: not paired (one-sided)");
  }
}
