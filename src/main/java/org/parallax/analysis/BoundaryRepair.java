package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the sentence boundaries OpenNLP's UD English model is measured to get wrong in news.
 *
 * <p>The model splits after abbreviations ("Dept.", "Jan.", "U.S.", "Mr."), after single initials
 * ("John F. Kennedy"), inside decimals ("$1.5 million") and before the closing quotation mark of a
 * quoted sentence. A boundary is removed when the words on either side show it is one of these; an
 * abbreviation that can also end a sentence ("U.S.", "Inc.") keeps the boundary when the next word
 * is a capitalised word that typically starts a sentence ("... in the U.S. The next day ...").
 */
final class BoundaryRepair {

  /** Abbreviations that are never the last word of a sentence: titles and "No.", "vs.", "St.". */
  private static final Set<String> NEVER_FINAL =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
          "adm.", "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "st.", "no.", "nos.", "vs.",
          "v.", "fig.", "approx.", "ft.", "mt.", "messrs.", "sec.", "atty.", "supt.", "cmdr.",
          "cpl.", "pvt.", "det.", "insp.", "gens.", "reps.", "sens.");

  /** Abbreviations usually followed by more of the sentence but able to end one. */
  private static final Set<String> USUALLY_INNER =
      Set.of(
          "jan.",
          "feb.",
          "mar.",
          "apr.",
          "jun.",
          "jul.",
          "aug.",
          "sep.",
          "sept.",
          "oct.",
          "nov.",
          "dec.",
          "dept.",
          "inc.",
          "corp.",
          "ltd.",
          "co.",
          "bros.",
          "u.s.",
          "u.n.",
          "u.k.",
          "e.u.",
          "u.s.a.",
          "d.c.",
          "a.m.",
          "p.m.",
          "etc.",
          "est.",
          "gov't.",
          "ave.",
          "blvd.",
          "jr.",
          "sr.",
          "assn.",
          "univ.",
          "intl.",
          "e.g.",
          "i.e.",
          "cf.",
          "min.",
          "max.",
          // US state abbreviations of AP style that are not also English words.
          "ala.",
          "ariz.",
          "ark.",
          "calif.",
          "colo.",
          "conn.",
          "fla.",
          "ga.",
          "kan.",
          "ky.",
          "md.",
          "mich.",
          "minn.",
          "mont.",
          "neb.",
          "nev.",
          "okla.",
          "ore.",
          "tenn.",
          "tex.",
          "vt.",
          "wis.",
          "wyo.");

  /** Capitalised words that typically open a sentence, marking a real boundary after "U.S.". */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "their",
          "our",
          "my",
          "but",
          "and",
          "or",
          "so",
          "yet",
          "however",
          "meanwhile",
          "in",
          "on",
          "at",
          "for",
          "after",
          "before",
          "since",
          "when",
          "while",
          "as",
          "if",
          "although",
          "though",
          "there",
          "here",
          "some",
          "many",
          "most",
          "no",
          "not",
          "one",
          "two",
          "three",
          "last",
          "earlier",
          "later",
          "also",
          "still",
          "what",
          "who",
          "why",
          "how",
          "where",
          "such",
          "both",
          "each",
          "other",
          "all",
          "any",
          "more",
          "instead",
          "despite",
          "during",
          "under",
          "over",
          "with",
          "without",
          "by",
          "from",
          "to",
          "according",
          "asked",
          "now",
          "then",
          "today",
          "yesterday",
          "nevertheless",
          "moreover",
          "further",
          "furthermore");

  private static final Pattern ABBREVIATION_THEN_CAPITAL =
      Pattern.compile("(?<=^|\\s)(\\S+\\.)\\s+(\\p{Lu}\\p{Ll}*)\\b");

  private BoundaryRepair() {}

  /** Returns the cut points of {@code cuts} that are real sentence boundaries, in order. */
  static List<Integer> repair(String text, List<Integer> cuts) {
    TreeSet<Integer> kept = new TreeSet<>();
    for (int cut : cuts) {
      int moved = afterClosingQuote(text, cut);
      if (!isFalseBoundary(text, moved)) {
        kept.add(moved);
      }
    }
    kept.addAll(missedAfterAbbreviations(text));
    kept.removeIf(c -> c <= 0 || c >= text.length());
    return new ArrayList<>(kept);
  }

  /**
   * Returns boundaries the model misses because it takes "U.S." or "Inc." for an abbreviation
   * inside the sentence although the next word clearly opens a new one ("the U.S. The next day").
   */
  private static List<Integer> missedAfterAbbreviations(String text) {
    List<Integer> cuts = new ArrayList<>();
    Matcher m = ABBREVIATION_THEN_CAPITAL.matcher(text);
    while (m.find()) {
      String word = m.group(1);
      String next = m.group(2);
      boolean abbreviation =
          USUALLY_INNER.contains(word.toLowerCase(Locale.ROOT)) || isDottedAcronym(word);
      if (abbreviation && SENTENCE_STARTERS.contains(next.toLowerCase(Locale.ROOT))) {
        cuts.add(m.end(1));
      }
    }
    return cuts;
  }

  /**
   * Moves a cut placed just before a closing double quotation mark to just after it: the mark
   * belongs to the sentence it closes. A mark closes when the block so far has an odd number of
   * marks (counting over the block, not the sentence, as a quotation may run over sentences).
   */
  private static int afterClosingQuote(String text, int cut) {
    int next = skipSpaces(text, cut);
    if (next >= text.length() || text.charAt(next) != '"') {
      return cut;
    }
    long marks = text.substring(0, cut).chars().filter(c -> c == '"').count();
    if (marks % 2 == 0) {
      return cut;
    }
    int after = next + 1;
    while (after < text.length() && text.charAt(after) == ')') {
      after++;
    }
    return after;
  }

  private static boolean isFalseBoundary(String text, int cut) {
    String before = lastWord(text, cut);
    String after = firstWord(text, cut);
    if (after.isEmpty()) {
      return false;
    }
    char first = after.charAt(0);
    if (Character.isLowerCase(first) || ",;:)]%".indexOf(first) >= 0) {
      return true;
    }
    if (Character.isLetterOrDigit(text.charAt(cut))) {
      // The cut falls inside a word or number, as in "$1.|5 million" or "U.|S.".
      return true;
    }
    String lower = before.toLowerCase(Locale.ROOT);
    if (NEVER_FINAL.contains(lower)) {
      return true;
    }
    boolean startsSentence = startsSentence(after);
    if (USUALLY_INNER.contains(lower) || isInitial(before) || isDottedAcronym(before)) {
      return !startsSentence;
    }
    return false;
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  /** "U.S.", "N.Y.", "U.A.E.": single letters each followed by a period. */
  private static boolean isDottedAcronym(String word) {
    return word.matches("(?:\\p{Lu}\\.){2,}");
  }

  private static boolean startsSentence(String word) {
    if (word.startsWith("\"") || word.startsWith("'")) {
      return true;
    }
    String bare = word.replaceAll("[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
    return Character.isUpperCase(word.charAt(0)) && SENTENCE_STARTERS.contains(bare);
  }

  /** The whitespace-delimited word ending at {@code cut}, without leading brackets or quotes. */
  private static String lastWord(String text, int cut) {
    int end = cut;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, end);
    return word.replaceFirst("^[(\\[\"'$]+", "");
  }

  private static String firstWord(String text, int cut) {
    int start = skipSpaces(text, cut);
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
