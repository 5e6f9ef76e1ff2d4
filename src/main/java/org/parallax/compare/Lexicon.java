package org.parallax.compare;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.CalendarNames;

/** Small closed word lists the engine needs to type differences; English only. */
final class Lexicon {

  /** Words that carry no claim of their own, whatever tag the tagger gave them. */
  static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "into", "about", "over", "after", "before", "than", "that", "this", "these",
          "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have",
          "had", "do", "does", "did", "he", "she", "they", "them", "their", "his", "her", "we",
          "our", "you", "your", "i", "who", "whom", "which", "what", "while", "also", "there",
          "here", "so", "such", "if", "then", "will", "would", "shall", "should", "can", "'s", "s",
          "not", "no", "n't", "up", "out", "both", "other", "any", "some", "all", "more", "most",
          "said", "say", "says", "very", "just", "only", "because", "where", "when", "how");

  /** Words that weaken a claim's certainty. */
  static final Set<String> HEDGES =
      Set.of(
          "may",
          "might",
          "could",
          "reportedly",
          "likely",
          "unlikely",
          "possibly",
          "perhaps",
          "allegedly",
          "apparently",
          "seemingly",
          "probably",
          "appear",
          "seem",
          "suggest",
          "suspect",
          "suspected",
          "believe",
          "believed",
          "expect",
          "expected",
          "potential",
          "potentially",
          "unclear",
          "alleged",
          "presumably",
          "purportedly",
          "rumour",
          "rumor");

  /** Words that negate a clause. */
  static final Set<String> NEGATIONS =
      Set.of("not", "n't", "no", "never", "none", "nor", "neither", "nobody", "nothing", "without");

  /** Words that name or shift a time frame, when no date mention covers them. */
  static final Set<String> TEMPORAL =
      withCalendarNames(
          "yesterday",
          "today",
          "tomorrow",
          "tonight",
          "week",
          "month",
          "year",
          "decade",
          "previous",
          "previously",
          "last",
          "next",
          "earlier",
          "later",
          "recently",
          "recent",
          "ago",
          "morning",
          "evening",
          "night",
          "weekend",
          "annual",
          "daily");

  /** Content parts of speech in the Universal Dependencies tag set. */
  static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private Lexicon() {}

  /**
   * Returns the lower-case form used for matching words, without accents: reports spell one name
   * "Goïta" and "Goita", "Côte" and "Cote".
   */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7f) {
        return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }

  /**
   * Returns {@code words} with the month and weekday names, except "may", which is far more often
   * the verb than the month.
   */
  private static Set<String> withCalendarNames(String... words) {
    Set<String> all = new HashSet<>(Arrays.asList(words));
    all.addAll(CalendarNames.WEEKDAYS);
    CalendarNames.MONTHS.stream().filter(month -> !month.equals("may")).forEach(all::add);
    return Set.copyOf(all);
  }
}
