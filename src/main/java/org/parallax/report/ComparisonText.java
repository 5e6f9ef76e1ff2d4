package org.parallax.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.QuoteChange;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;

/**
 * Writes a comparison as a plain-text summary for a terminal: the verdict first, then the shared
 * claims with what changed, the one-sided claims and the quotes, in words a newcomer can follow.
 */
public final class ComparisonText {

  private static final String NL = "\n";

  private ComparisonText() {}

  /** Returns the summary, lines ended by {@code \n}. */
  public static String summarize(Comparison comparison) {
    SideNames names = SideNames.of(comparison);
    Derivation derivation = comparison.derivation();
    StringBuilder out = new StringBuilder();
    out.append("LEFT   ").append(describe(comparison.left().article(), names.left())).append(NL);
    out.append("RIGHT  ").append(describe(comparison.right().article(), names.right())).append(NL);
    out.append(NL)
        .append("Verdict: ")
        .append(names.verdictSentence(derivation))
        .append(String.format(Locale.ROOT, " (confidence %.2f)", derivation.confidence()))
        .append(NL)
        .append("  ")
        .append(names.coverageSentence(derivation))
        .append(NL);
    for (String evidence : derivation.evidence()) {
      out.append("  - ").append(oneLine(evidence)).append(NL);
    }
    pairs(out, comparison, names);
    oneSided(
        out,
        comparison.left(),
        "L",
        names.left(),
        comparison.leftOnly(),
        comparison.leftUnsourced());
    oneSided(
        out,
        comparison.right(),
        "R",
        names.right(),
        comparison.rightOnly(),
        comparison.rightUnsourced());
    quotes(out, comparison.quotes(), names);
    corrections(out, comparison);
    out.append(NL)
        .append(
            "Key: L3 is sentence 3 of the left report (counting from 0). \"same\" means restated")
        .append(NL)
        .append(
            "with nothing material changed; \"changed\" means shared but altered (see the typed")
        .append(NL)
        .append("differences); similarity is from 0 (unrelated) to 1 (identical).")
        .append(NL);
    return out.toString();
  }

  /** Lists the analysts' corrections, applied and orphaned; nothing when there are none. */
  private static void corrections(StringBuilder out, Comparison comparison) {
    if (!comparison.corrected()) {
      return;
    }
    out.append(NL).append("Corrections by analysts:").append(NL);
    for (AppliedCorrection applied : comparison.review().applied()) {
      out.append("  ")
          .append(CorrectionWords.of(applied.correction()))
          .append(applied.left().isEmpty() ? "" : ": " + numbers("L", applied.left()))
          .append(applied.right().isEmpty() ? "" : " <-> " + numbers("R", applied.right()))
          .append(
              applied.correction().reason().isEmpty()
                  ? ""
                  : " (" + oneLine(applied.correction().reason()) + ")")
          .append(NL);
    }
    for (Correction orphan : comparison.review().orphaned()) {
      out.append("  orphaned (its sentences were not found): ")
          .append(CorrectionWords.of(orphan))
          .append(NL);
    }
  }

  private static void pairs(StringBuilder out, Comparison comparison, SideNames names) {
    long same = comparison.pairs().stream().filter(p -> p.relation() == Relation.SAME).count();
    out.append(NL)
        .append("Shared claims: ")
        .append(comparison.pairs().size())
        .append(" aligned ")
        .append(comparison.pairs().size() == 1 ? "pair" : "pairs")
        .append(" (")
        .append(same)
        .append(" same, ")
        .append(comparison.pairs().size() - same)
        .append(" changed)")
        .append(NL);
    int number = 0;
    for (SentencePair pair : comparison.pairs()) {
      number++;
      out.append(
              String.format(
                  Locale.ROOT,
                  "  [%d] %s, similarity %.2f: %s <-> %s%s%n",
                  number,
                  pair.relation().jsonName(),
                  pair.similarity(),
                  numbers("L", pair.left()),
                  numbers("R", pair.right()),
                  comparison
                      .review()
                      .of(pair)
                      .map(a -> "  [analyst: " + CorrectionWords.of(a.correction()) + "]")
                      .orElse("")))
          .append("      ")
          .append(names.left())
          .append(": ")
          .append(texts(comparison.left(), pair.left()))
          .append(NL)
          .append("      ")
          .append(names.right())
          .append(": ")
          .append(texts(comparison.right(), pair.right()))
          .append(NL);
      for (Difference difference : pair.differences()) {
        out.append("      * ").append(difference.type().jsonName()).append(": ");
        out.append(oneLine(DifferenceWords.sentence(difference))).append(NL);
      }
    }
  }

  private static void oneSided(
      StringBuilder out,
      AnalyzedArticle side,
      String prefix,
      String name,
      List<Integer> only,
      List<Integer> unsourced) {
    out.append(NL)
        .append("Only in ")
        .append(name)
        .append(": ")
        .append(only.size())
        .append(only.size() == 1 ? " sentence" : " sentences")
        .append(", ")
        .append(only.stream().filter(unsourced::contains).count())
        .append(" of them with no source")
        .append(NL);
    for (int n : only) {
      out.append("  ")
          .append(prefix)
          .append(n)
          .append(unsourced.contains(n) ? " [no source] " : " ")
          .append(oneLine(side.sentences().get(n).text()))
          .append(NL);
    }
  }

  private static void quotes(StringBuilder out, List<SharedQuote> quotes, SideNames names) {
    out.append(NL).append("Quotes: ").append(quotes.size()).append(NL);
    for (SharedQuote quote : quotes) {
      String status =
          switch (quote.change()) {
            case NONE -> quote.verbatim() ? "word for word in both" : "in both";
            case WORDING -> "in both, words changed";
            case EXTENT -> "in both, quotation marks moved";
            case ONE_SIDED -> "only in " + (quote.left().isEmpty() ? names.right() : names.left());
          };
      out.append("  \"")
          .append(oneLine(quote.text()))
          .append("\": ")
          .append(status)
          .append(" (")
          .append(numbers("L", quote.left()))
          .append(quote.left().isEmpty() || quote.right().isEmpty() ? "" : " <-> ")
          .append(numbers("R", quote.right()))
          .append(')')
          .append(NL);
      if (quote.change() == QuoteChange.EXTENT || quote.change() == QuoteChange.WORDING) {
        out.append("      ")
            .append(names.left())
            .append(": \"")
            .append(oneLine(quote.leftText()))
            .append("\"")
            .append(NL)
            .append("      ")
            .append(names.right())
            .append(": \"")
            .append(oneLine(quote.rightText()))
            .append("\"")
            .append(NL);
      }
    }
  }

  private static String describe(Article article, String name) {
    StringBuilder line = new StringBuilder(name);
    if (article.title() != null && !article.title().isBlank()) {
      line.append(": \"").append(oneLine(article.title())).append('"');
    }
    line.append(", published ")
        .append(article.published() == null ? "(unknown)" : article.published().toIso());
    if (article.source() != null) {
      line.append(", file ").append(article.source().name());
    }
    line.append(", id ").append(article.id());
    return line.toString();
  }

  private static String numbers(String prefix, List<Integer> numbers) {
    return numbers.stream().map(n -> prefix + n).collect(Collectors.joining("+"));
  }

  private static String texts(AnalyzedArticle side, List<Integer> numbers) {
    return numbers.stream()
        .map(n -> oneLine(side.sentences().get(n).text()))
        .collect(Collectors.joining(" "));
  }

  /** Folds line breaks and control characters so one claim stays on one terminal line. */
  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }
}
