package org.parallax.annotate;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;

/**
 * Writes the analysts' corrections as CSV (RFC 4180, UTF-8, CRLF line ends), one row per
 * correction, with the same cell rules as {@link AnnotationCsv}.
 */
public final class CorrectionCsv {

  /** The header row's column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "kind",
          "value",
          "reason",
          "author",
          "created",
          "state",
          "left_article",
          "left_quotes",
          "right_article",
          "right_quotes");

  private CorrectionCsv() {}

  /**
   * Returns the CSV text for {@code corrections}, with a header row.
   *
   * @param state each correction's anchoring state in words, such as {@code orphaned}
   */
  public static String write(List<Correction> corrections, Function<Correction, String> state) {
    StringBuilder csv = new StringBuilder();
    AnnotationCsv.row(csv, COLUMNS);
    for (Correction correction : corrections) {
      AnnotationCsv.row(
          csv,
          List.of(
              correction.id(),
              correction.kind().jsonName(),
              correction.value(),
              correction.reason(),
              correction.author(),
              correction.created().toString(),
              state.apply(correction),
              correction.left().article().value(),
              quotes(correction.left()),
              correction.right().article().value(),
              quotes(correction.right())));
    }
    return csv.toString();
  }

  private static String quotes(CorrectionSide side) {
    return side.passages().stream().map(Passage::exact).collect(Collectors.joining(" | "));
  }
}
