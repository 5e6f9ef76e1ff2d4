package org.parallax.syndication.pure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.WordRunHash;

/**
 * Picks a sample of an article's word shingles that another article copying part of it will share:
 * the basis of finding rewrites without comparing every pair.
 *
 * <p>A shingle is a run of {@value #SHINGLE_WORDS} words, folded to lower case without punctuation.
 * Only shingles whose hash falls in a fixed residue class are kept (a 1 in {@value #SAMPLING}
 * sample chosen by content, so two articles sharing a passage keep the same shingles of it), and
 * shingles made only of function words are dropped because every English text shares them.
 * Containment, not similarity, is what survives: a short rewrite of a long wire report keeps most
 * of the sampled shingles it copied.
 */
public final class Fingerprints {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 4;

  /** One shingle in this many is kept. */
  public static final int SAMPLING = 4;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "is", "was", "are", "were", "be", "been", "it", "its", "that", "this",
          "which", "who", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
          "has", "have", "had", "not", "will", "would", "said", "says", "also", "after", "over",
          "into");

  private Fingerprints() {}

  /** Returns the sampled shingle hashes of {@code text} as short hex strings, first seen first. */
  public static List<String> of(String text) {
    List<String> words = words(text);
    Set<String> kept = new LinkedHashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      List<String> shingle = words.subList(i, i + SHINGLE_WORDS);
      if (FUNCTION_WORDS.containsAll(shingle)) {
        continue;
      }
      long hash = hash(shingle);
      if (Math.floorMod(hash, SAMPLING) == 0) {
        kept.add(Long.toHexString(hash));
      }
    }
    return new ArrayList<>(kept);
  }

  /** Returns the words of {@code text}: letters and digits, folded to lower case. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '\u2019' && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static long hash(List<String> shingle) {
    return WordRunHash.of(shingle) & 0x0000FFFFFFFFFFFFL;
  }

  /**
   * Returns the share of {@code sampled}'s fingerprints that {@code other} also has, in [0, 1]: an
   * estimate of how much of the first article the second contains word for word.
   */
  public static double containment(List<String> sampled, List<String> other) {
    if (sampled.isEmpty()) {
      return 0;
    }
    Set<String> others = Set.copyOf(other);
    long shared = sampled.stream().filter(others::contains).count();
    return (double) shared / sampled.size();
  }
}
