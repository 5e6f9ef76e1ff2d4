package org.parallax.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.Token;

/**
 * The parts of claim similarity, each in [0, 1] and symmetric in its two arguments, so that
 * swapping the sides of a comparison gives exactly the same numbers.
 */
final class Signals {

  /** IDF-weighted overlap of content lemmas (weighted Dice). */
  static final String WORDS = "words";

  /** Shared word bigrams (Dice), which rewards copied wording over shared vocabulary. */
  static final String VERBATIM = "verbatim";

  /** Agreement of names, numbers and dates. */
  static final String ENTITIES = "entities";

  /** Cosine of the sentence embeddings, negative values clipped to 0. */
  static final String MEANING = "meaning";

  private Signals() {}

  /** Returns the weighted Dice overlap of the two claims' content words. */
  static double words(ClaimView a, ClaimView b) {
    double denominator = a.contentTotal + b.contentTotal;
    if (denominator == 0) {
      return a.contentWeights.isEmpty() && b.contentWeights.isEmpty() ? 1.0 : 0.0;
    }
    double shared = 0;
    for (Map.Entry<String, Double> entry : a.contentWeights.entrySet()) {
      Double other = b.contentWeights.get(entry.getKey());
      if (other != null) {
        shared += entry.getValue() + other;
      }
    }
    return clamp(shared / denominator);
  }

  /** Returns the share of {@code part}'s content weight that {@code whole} also has. */
  static double containment(ClaimView part, ClaimView whole) {
    if (part.contentTotal == 0) {
      return 0.0;
    }
    double shared = 0;
    for (Map.Entry<String, Double> entry : part.contentWeights.entrySet()) {
      if (whole.contentWeights.containsKey(entry.getKey())) {
        shared += entry.getValue();
      }
    }
    return clamp(shared / part.contentTotal);
  }

  /**
   * Returns the Dice coefficient of the two claims' word bigrams (unigrams for one-word claims).
   */
  static double verbatim(ClaimView a, ClaimView b) {
    Map<String, Integer> left = grams(a);
    Map<String, Integer> right = grams(b);
    int total = count(left) + count(right);
    if (total == 0) {
      return 0.0;
    }
    int shared = 0;
    for (Map.Entry<String, Integer> entry : left.entrySet()) {
      Integer other = right.get(entry.getKey());
      if (other != null) {
        shared += Math.min(entry.getValue(), other);
      }
    }
    return clamp(2.0 * shared / total);
  }

  /**
   * Returns the share of the entity words of both claims (names, numbers, dates and proper nouns)
   * that the other claim also has; 1 when neither has any, as nothing disagrees.
   */
  static double entities(ClaimView a, ClaimView b) {
    Set<String> leftEntities = entityKeys(a);
    Set<String> rightEntities = entityKeys(b);
    int total = leftEntities.size() + rightEntities.size();
    if (total == 0) {
      return 1.0;
    }
    Set<String> leftKeys = new HashSet<>(a.keys);
    Set<String> rightKeys = new HashSet<>(b.keys);
    int found = 0;
    for (String key : leftEntities) {
      if (rightKeys.contains(key)) {
        found++;
      }
    }
    for (String key : rightEntities) {
      if (leftKeys.contains(key)) {
        found++;
      }
    }
    return clamp((double) found / total);
  }

  /** Returns the clipped cosine of the embeddings, or null when either is missing. */
  static Double meaning(ClaimView a, ClaimView b) {
    if (a.embedding == null || b.embedding == null || a.embedding.length != b.embedding.length) {
      return null;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.embedding.length; i++) {
      dot += (double) a.embedding[i] * b.embedding[i];
      na += (double) a.embedding[i] * a.embedding[i];
      nb += (double) b.embedding[i] * b.embedding[i];
    }
    if (na == 0 || nb == 0) {
      return 0.0;
    }
    return clamp(dot / Math.sqrt(na * nb));
  }

  /** Returns the keys of the words that name something: mentions of names, numbers, dates. */
  static Set<String> entityKeys(ClaimView view) {
    Set<String> result = new HashSet<>();
    for (int i = 0; i < view.words.size(); i++) {
      Token token = view.words.get(i);
      boolean named = "PROPN".equals(token.pos()) || "NUM".equals(token.pos());
      if ((named || insideEntityMention(token, view)) && view.content[i]) {
        result.add(view.keys.get(i));
      }
    }
    return result;
  }

  private static boolean insideEntityMention(Token token, ClaimView view) {
    for (Mention mention : view.mentions) {
      if (mention.type() != MentionType.TITLE && mention.span().contains(token.span())) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> grams(ClaimView view) {
    Map<String, Integer> grams = new HashMap<>();
    int n = view.surface.size();
    if (n == 1) {
      grams.put(view.surface.get(0), 1);
    }
    for (int i = 0; i + 1 < n; i++) {
      grams.merge(view.surface.get(i) + ' ' + view.surface.get(i + 1), 1, Integer::sum);
    }
    return grams;
  }

  private static int count(Map<String, Integer> grams) {
    int sum = 0;
    for (int c : grams.values()) {
      sum += c;
    }
    return sum;
  }

  static double clamp(double value) {
    return Math.max(0.0, Math.min(1.0, value));
  }
}
