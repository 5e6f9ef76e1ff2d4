package org.parallax.compare;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.CalendarNames;

/**
 * What a headline says happened, apart from whom it names: its words other than names (the keys it
 * centres on and any word its text writes as a name), function words, stock codes and calendar
 * words. Two headlines naming one company and sharing none of these words tell of two happenings of
 * that company (its results and its dividend, an engine test and a contract), however alike the
 * stories' wording; two headlines sharing no word at all tell of two happenings whatever their
 * stories share (a dividend notice and a bond issue in the same financial wording).
 */
public final class HeadlineTopic {

  /** The topic of a report without a title: it says nothing, and keeps nothing apart. */
  private static final HeadlineTopic NONE =
      new HeadlineTopic(Set.of(), Set.of(), Set.of(), Set.of());

  private final Set<String> names;
  private final Set<String> words;
  private final Set<String> title;
  private final Set<String> months;

  private HeadlineTopic(
      Set<String> names, Set<String> words, Set<String> title, Set<String> months) {
    this.names = Set.copyOf(names);
    this.words = Set.copyOf(words);
    this.title = Set.copyOf(title);
    this.months = Set.copyOf(months);
  }

  /**
   * Reads a report's headline topic.
   *
   * @param article the report; one without a title has no topic
   * @param keys the names its headline centres on ({@link ComparisonEngine#centreKeys})
   */
  public static HeadlineTopic of(Article article, KeyEntities keys) {
    if (article.title() == null || article.title().isBlank()) {
      return NONE;
    }
    Set<String> title = new HashSet<>();
    Set<String> months = new HashSet<>();
    for (String word : StockPhrases.words(article.title())) {
      if (CalendarNames.MONTHS.contains(word)) {
        months.add(word);
      } else if (word.chars().anyMatch(Character::isLetter)
          && !Lexicon.STOPWORDS.contains(word)
          && !CalendarNames.MONTHS.contains(word)
          && !CalendarNames.WEEKDAYS.contains(word)) {
        title.add(word);
      }
    }
    Set<String> words = new HashSet<>(title);
    words.removeAll(keys.keys);
    words.removeAll(keys.headlineNames);
    return new HeadlineTopic(keys.keys, words, title, months);
  }

  /**
   * Returns true when two headlines name different months (one statistic for two months), share no
   * word at all, or name one of the same names and share no other word (two happenings of one
   * company, person or place). Headlines of one happening name what happened, or at least to whom,
   * and its period.
   *
   * @param other the other report's headline topic
   */
  public boolean apartFrom(HeadlineTopic other) {
    if (!months.isEmpty()
        && !other.months.isEmpty()
        && Collections.disjoint(months, other.months)) {
      return true;
    }
    if (title.isEmpty() || other.title.isEmpty()) {
      return false;
    }
    if (!sharesAny(title, other.title)) {
      return true;
    }
    if (words.isEmpty() || other.words.isEmpty() || !sharesAny(names, other.names)) {
      return false;
    }
    Set<String> mine = new HashSet<>(words);
    mine.removeAll(other.names);
    Set<String> theirs = new HashSet<>(other.words);
    theirs.removeAll(names);
    return !mine.isEmpty() && !theirs.isEmpty() && !sharesAny(mine, theirs);
  }

  /** True when a word of one set is, or begins, or is begun by, a word of the other. */
  private static boolean sharesAny(Set<String> a, Set<String> b) {
    for (String word : a) {
      if (KeyEntities.names(b, word)) {
        return true;
      }
    }
    return false;
  }
}
