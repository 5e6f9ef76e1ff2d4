package org.parallax.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/**
 * Writes a comparison as a CSV table for spreadsheets and statistics: one row per aligned pair,
 * then one row per one-sided sentence of the left, then of the right.
 *
 * <p>RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they hold a comma,
 * quote, CR or LF, quotes doubled. UTF-8 without a byte order mark, since most CSV readers take a
 * BOM for part of the first column name; spreadsheets that need one can import the file as UTF-8.
 * Text cells that begin with {@code = + - @}, a tab or a CR get a leading apostrophe so that a
 * spreadsheet never evaluates an article's text as a formula.
 */
public final class ComparisonCsv {

  /** The header row, in column order. */
  public static final List<String> COLUMNS =
      List.of(
          "pair",
          "left_sentences",
          "right_sentences",
          "left_text",
          "right_text",
          "relation",
          "differences",
          "explanations",
          "similarity",
          "unsourced",
          "by");

  /** The {@code by} cell of a row an analyst's correction made or changed. */
  private static final String ANALYST = "analyst";

  private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

  private ComparisonCsv() {}

  /** Returns the whole table, header first, every row ended by CRLF. */
  public static String toCsv(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    appendRow(out, COLUMNS);
    int number = 0;
    for (SentencePair pair : comparison.pairs()) {
      number++;
      appendRow(
          out,
          List.of(
              Integer.toString(number),
              joinNumbers(pair.left()),
              joinNumbers(pair.right()),
              safeText(joinTexts(comparison.left(), pair.left())),
              safeText(joinTexts(comparison.right(), pair.right())),
              pair.relation().jsonName(),
              pair.differences().stream()
                  .map(d -> d.type().jsonName())
                  .distinct()
                  .collect(Collectors.joining(" ")),
              safeText(
                  pair.differences().stream()
                      .map(DifferenceWords::sentence)
                      .collect(Collectors.joining(" | "))),
              String.format(Locale.ROOT, "%.4f", ComparisonJson.score(pair.similarity())),
              "",
              comparison.review().of(pair).isPresent() ? ANALYST : ""));
    }
    for (int n : comparison.leftOnly()) {
      appendRow(out, oneSided(comparison, n, true));
    }
    for (int n : comparison.rightOnly()) {
      appendRow(out, oneSided(comparison, n, false));
    }
    return out.toString();
  }

  private static List<String> oneSided(Comparison comparison, int n, boolean left) {
    AnalyzedArticle side = left ? comparison.left() : comparison.right();
    List<Integer> unsourced = left ? comparison.leftUnsourced() : comparison.rightUnsourced();
    String text = safeText(side.sentences().get(n).text());
    String number = Integer.toString(n);
    return List.of(
        "",
        left ? number : "",
        left ? "" : number,
        left ? text : "",
        left ? "" : text,
        left ? "left-only" : "right-only",
        "",
        "",
        "",
        Boolean.toString(unsourced.contains(n)),
        // A sentence an analyst unlinked from its pair.
        comparison.review().ofSentence(left, n).isPresent() ? ANALYST : "");
  }

  private static String joinNumbers(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  private static String joinTexts(AnalyzedArticle side, List<Integer> numbers) {
    List<String> texts = new ArrayList<>();
    for (int n : numbers) {
      texts.add(side.sentences().get(n).text());
    }
    return String.join(" ", texts);
  }

  private static String safeText(String text) {
    if (!text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0))) {
      return "'" + text;
    }
    return text;
  }

  private static void appendRow(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(fields.get(i)));
    }
    out.append("\r\n");
  }

  private static String quoted(String field) {
    boolean needsQuotes =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\r') >= 0
            || field.indexOf('\n') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
