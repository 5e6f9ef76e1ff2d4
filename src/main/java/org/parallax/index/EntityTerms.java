package org.parallax.index;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.CalendarNames;

/**
 * Picks the capitalised names out of a text as cheap stand-ins for named entities.
 *
 * <p>A word counts when it is capitalised and does not open a sentence (where every word is
 * capitalised), or when it is an acronym. Runs of such words also yield the joined name ({@code
 * betty_ford_center}), which tells one Betty Ford Center apart from other Fords.
 */
public final class EntityTerms {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Set<String> FUNCTION_WORDS =
      withCalendarNames(
          "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "by", "with",
          "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "this", "that",
          "these", "those", "there", "here", "mr", "mrs", "ms", "dr", "said", "says", "reuters",
          "ap", "afp");
  private static final int MAX_TERMS = 60;

  private EntityTerms() {}

  /** Returns lower-cased name terms in order of first appearance, at most {@value #MAX_TERMS}. */
  public static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    int runLength = 0;
    boolean endedSentence = true;
    int previousEnd = 0;
    Matcher words = WORD.matcher(text);
    while (words.find() && terms.size() < MAX_TERMS) {
      String between = text.substring(previousEnd, words.start());
      boolean sentenceStart = endedSentence || endsSentence(between);
      boolean breaksRun = !between.isBlank() && !between.equals(" ");
      String raw = words.group();
      String word = trimTrailingPunctuation(raw);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean name = isName(word, sentenceStart) && !FUNCTION_WORDS.contains(lower);
      if (!name || breaksRun) {
        flush(run, runLength, terms);
        run.setLength(0);
        runLength = 0;
      }
      if (name) {
        terms.add(lower);
        run.append(run.length() == 0 ? "" : "_").append(lower);
        runLength++;
      }
      endedSentence = raw.endsWith(".");
      previousEnd = words.end();
    }
    flush(run, runLength, terms);
    return terms;
  }

  private static boolean isName(String word, boolean sentenceStart) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    boolean acronym = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return acronym || !sentenceStart;
  }

  private static boolean endsSentence(String between) {
    for (int i = 0; i < between.length(); i++) {
      if (".!?\n".indexOf(between.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String trimTrailingPunctuation(String word) {
    int end = word.length();
    while (end > 1 && "'’.-".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static void flush(StringBuilder run, int runLength, Set<String> terms) {
    if (runLength > 1 && terms.size() < MAX_TERMS) {
      terms.add(run.toString());
    }
  }

  /** Returns {@code words} with the month and weekday names, capitalised but never a name here. */
  private static Set<String> withCalendarNames(String... words) {
    Set<String> all = new HashSet<>(Arrays.asList(words));
    all.addAll(CalendarNames.MONTHS);
    all.addAll(CalendarNames.WEEKDAYS);
    return Set.copyOf(all);
  }
}
