package org.parallax.ui.compare;

import org.parallax.model.NormalizedText;

/**
 * Finds quoted words inside a sentence regardless of typographic variants (curly or straight
 * quotes, non-breaking spaces), since the comparison reports quotations as text, not offsets.
 */
final class QuotedWordsFinder {

  private QuotedWordsFinder() {}

  /** Returns where {@code words} start in {@code sentence}, ignoring case and typography, or -1. */
  static int indexOf(String sentence, String words) {
    String haystack = fold(sentence);
    String needle = fold(words).strip();
    return needle.isEmpty() ? -1 : haystack.indexOf(needle);
  }

  /** Returns how many chars of {@code sentence} from {@code at} the found words cover. */
  static int lengthAt(String sentence, int at, String words) {
    return Math.min(fold(words).strip().length(), sentence.length() - at);
  }

  private static String fold(String text) {
    return NormalizedText.of(text).toLowerCase(java.util.Locale.ROOT);
  }
}
