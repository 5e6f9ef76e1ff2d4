package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Quote;

/**
 * The words of a quotation, folded, in order: what two reports' quotations are compared by.
 *
 * @param words folded words without punctuation
 */
record QuoteWords(List<String> words) {

  /** Returns the words of {@code quote} as the analysis tokenised them, or split from its text. */
  static QuoteWords of(ClaimView view, Quote quote) {
    List<Integer> inside = view.wordsInside(quote.span());
    if (inside.isEmpty()) {
      return of(quote.text());
    }
    List<String> words = new ArrayList<>();
    for (int i : inside) {
      words.add(view.surface.get(i));
    }
    return new QuoteWords(List.copyOf(words));
  }

  /** Returns the words of a text split at everything but letters, digits and apostrophes. */
  static QuoteWords of(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return new QuoteWords(List.copyOf(words));
  }

  int size() {
    return words.size();
  }

  /** Returns true when these words occur, in order and adjacent, inside {@code other}. */
  boolean containedIn(List<String> other) {
    return indexIn(other) >= 0;
  }

  /** Returns where these words start inside {@code other}, or -1. */
  int indexIn(List<String> other) {
    if (words.isEmpty() || words.size() > other.size()) {
      return -1;
    }
    outer:
    for (int start = 0; start + words.size() <= other.size(); start++) {
      for (int k = 0; k < words.size(); k++) {
        if (!words.get(k).equals(other.get(start + k))) {
          continue outer;
        }
      }
      return start;
    }
    return -1;
  }

  /** Returns the Dice overlap of the two quotations' word sets. */
  double overlap(QuoteWords other) {
    Set<String> mine = new HashSet<>(words);
    Set<String> theirs = new HashSet<>(other.words);
    if (mine.isEmpty() && theirs.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : mine) {
      if (theirs.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (mine.size() + theirs.size());
  }

  /** Returns the length of the longest run of words the two share. */
  int longestCommonRun(QuoteWords other) {
    int best = 0;
    int[] previous = new int[other.words.size() + 1];
    for (String word : words) {
      int[] current = new int[other.words.size() + 1];
      for (int j = 0; j < other.words.size(); j++) {
        if (word.equals(other.words.get(j))) {
          current[j + 1] = previous[j] + 1;
          best = Math.max(best, current[j + 1]);
        }
      }
      previous = current;
    }
    return best;
  }

  /**
   * Returns true when the two quotations are the same passage: one holds the other, or they share a
   * run of words making up most of the shorter one, or most of their words.
   */
  boolean samePassage(QuoteWords other) {
    if (words.isEmpty() || other.words.isEmpty()) {
      return false;
    }
    int shorter = Math.min(size(), other.size());
    return containedIn(other.words)
        || other.containedIn(words)
        || longestCommonRun(other) >= Math.max(3, (shorter + 1) / 2)
        || overlap(other) >= 0.6;
  }

  /**
   * Returns true when the change is one of extent: one quotation is the other with words added at
   * its start or end, and the quoted core is unchanged.
   */
  boolean extentChangeOf(QuoteWords other) {
    if (equals(other)) {
      return false;
    }
    return containedIn(other.words) || other.containedIn(words);
  }
}
