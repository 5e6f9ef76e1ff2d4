package org.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An edit script that turns an ECB+ source into a near copy or a light edit, so the set holds only
 * our edits and never the source text itself.
 *
 * <p>One instruction a line; {@code #} starts a comment. Paragraph instructions name paragraphs of
 * the source (one per ECB+ sentence, counted from 1): {@code drop: 2 5} removes them, {@code
 * cut-after: 8} keeps the first eight. Then {@code replace: OLD => NEW} replaces every occurrence
 * of OLD in the kept text (OLD must occur, so a script never silently stops matching its source),
 * and {@code prepend: TEXT} / {@code append: TEXT} add a paragraph of our own.
 */
final class RewriteEdits {

  private static final String SEPARATOR = " => ";

  private final TreeSet<Integer> dropped = new TreeSet<>();
  private int cutAfter = Integer.MAX_VALUE;
  private final List<String[]> replacements = new ArrayList<>();
  private final List<String> prepended = new ArrayList<>();
  private final List<String> appended = new ArrayList<>();

  private RewriteEdits() {}

  /**
   * Parses an edit script.
   *
   * @param name the script's name, for error messages
   * @param script its lines
   * @throws IllegalArgumentException on a line that is no instruction
   */
  static RewriteEdits parse(String name, List<String> script) {
    RewriteEdits edits = new RewriteEdits();
    for (String line : script) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      String verb = colon < 0 ? line.strip() : line.substring(0, colon);
      String argument = colon < 0 ? "" : line.substring(colon + 2);
      switch (verb.toLowerCase(Locale.ROOT)) {
        case "drop" -> {
          for (String number : argument.strip().split("\\s+")) {
            edits.dropped.add(Integer.parseInt(number));
          }
        }
        case "cut-after" -> edits.cutAfter = Integer.parseInt(argument.strip());
        case "replace" -> {
          int at = argument.indexOf(SEPARATOR);
          if (at < 0) {
            throw new IllegalArgumentException(name + ": replace without ' => ': " + line);
          }
          edits.replacements.add(
              new String[] {
                argument.substring(0, at), argument.substring(at + SEPARATOR.length())
              });
        }
        case "prepend" -> edits.prepended.add(argument.strip());
        case "append" -> edits.appended.add(argument.strip());
        default -> throw new IllegalArgumentException(name + ": unknown instruction: " + line);
      }
    }
    return edits;
  }

  /**
   * Applies the script to the source's paragraphs.
   *
   * @param name the script's name, for error messages
   * @param source the source's paragraphs in order
   * @return the rewrite's paragraphs
   * @throws IllegalArgumentException when a replaced text is not in the kept source
   */
  List<String> apply(String name, List<String> source) {
    List<String> kept = new ArrayList<>();
    for (int n = 1; n <= Math.min(cutAfter, source.size()); n++) {
      if (!dropped.contains(n)) {
        kept.add(source.get(n - 1));
      }
    }
    // Paragraphs are joined so a replacement may span two ECB+ sentences.
    String text = String.join("\n\n", kept);
    for (String[] replacement : replacements) {
      if (!text.contains(replacement[0])) {
        throw new IllegalArgumentException(
            name + ": replaced text not in the source: " + replacement[0]);
      }
      text = text.replace(replacement[0], replacement[1]);
    }
    List<String> paragraphs = new ArrayList<>(prepended);
    for (String paragraph : text.split("\n\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    paragraphs.addAll(appended);
    return paragraphs;
  }
}
