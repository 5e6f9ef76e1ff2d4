package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Attribution;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

/** Finds who is credited on one side and not on the other. */
final class AttributionDifferences {

  private static final Set<String> PRONOUNS =
      Set.of("it", "he", "she", "they", "we", "i", "you", "who", "which");

  private AttributionDifferences() {}

  /**
   * Reports the unmatched sources as dropped where the right credits no one, as added where the
   * left credits no one, and as changed otherwise.
   */
  static void find(ExplainedWords pair) {
    ClaimView left = pair.left.view;
    ClaimView right = pair.right.view;
    List<Attribution> leftOnly = unmatchedSources(left, right);
    List<Attribution> rightOnly = unmatchedSources(right, left);
    if (leftOnly.isEmpty() && rightOnly.isEmpty()) {
      return;
    }
    List<Integer> leftWords = new ArrayList<>();
    List<Integer> rightWords = new ArrayList<>();
    leftOnly.forEach(a -> leftWords.addAll(pair.left.explain(left.wordsInside(a.span()))));
    rightOnly.forEach(a -> rightWords.addAll(pair.right.explain(right.wordsInside(a.span()))));
    DifferenceChange change =
        right.attributions.isEmpty()
            ? DifferenceChange.DROPPED
            : left.attributions.isEmpty() ? DifferenceChange.ADDED : DifferenceChange.CHANGED;
    pair.add(
        DifferenceType.ATTRIBUTION,
        change,
        sources(leftOnly),
        sources(rightOnly),
        null,
        leftWords,
        rightWords);
  }

  private static String sources(List<Attribution> attributions) {
    return String.join("; ", attributions.stream().map(AttributionDifferences::source).toList());
  }

  private static String source(Attribution attribution) {
    return attribution.source() == null || attribution.source().isBlank()
        ? attribution.cue()
        : attribution.source();
  }

  private static List<Attribution> unmatchedSources(ClaimView view, ClaimView other) {
    List<Attribution> result = new ArrayList<>();
    for (Attribution a : view.attributions) {
      if (a.source() != null && PRONOUNS.contains(Lexicon.fold(a.source().trim()))) {
        // "who it said": a pronoun credits whoever the sentence already named.
        continue;
      }
      Set<String> keys = sourceKeys(a);
      boolean matched = false;
      for (Attribution b : other.attributions) {
        Set<String> otherKeys = sourceKeys(b);
        if (a.kind() == b.kind() && (keys.isEmpty() || otherKeys.isEmpty())) {
          matched = true;
        }
        for (String key : keys) {
          matched |= otherKeys.contains(key);
        }
      }
      if (!matched) {
        result.add(a);
      }
    }
    return result;
  }

  private static Set<String> sourceKeys(Attribution a) {
    Set<String> keys = new LinkedHashSet<>();
    String source = a.source() == null ? "" : a.source();
    for (String word : source.split("[\\s,;()]+")) {
      String key = WordKeys.stem(Lexicon.fold(word));
      if (!key.isEmpty() && !Lexicon.STOPWORDS.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }
}
