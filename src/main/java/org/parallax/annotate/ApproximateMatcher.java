package org.parallax.annotate;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Finds where a pattern occurs in a text with the fewest edits (Sellers' algorithm: edit distance
 * with a free start and end in the text).
 *
 * <p>Used to re-anchor a passage whose own words changed slightly between two versions of an
 * article. Costs time proportional to text length times pattern length, so callers bound both.
 */
final class ApproximateMatcher {

  /** Beyond this many distance-table cells a search is refused rather than made slow. */
  static final long MAX_CELLS = 60_000_000L;

  private ApproximateMatcher() {}

  /**
   * A place where the pattern matched.
   *
   * @param span the matched range of the text
   * @param edits how many insertions, deletions and substitutions the match needs
   */
  record Match(Span span, int edits) {}

  /**
   * Returns every best-scoring match with at most {@code maxEdits} edits, in text order; empty when
   * there is none or the search would be too large.
   */
  static List<Match> bestMatches(String text, String pattern, int maxEdits) {
    int m = pattern.length();
    int n = text.length();
    List<Match> best = new ArrayList<>();
    if (m == 0 || (long) m * n > MAX_CELLS) {
      return best;
    }
    int[] distance = new int[m + 1];
    int[] start = new int[m + 1];
    int[] nextDistance = new int[m + 1];
    int[] nextStart = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      distance[i] = i;
    }
    int bestEdits = maxEdits + 1;
    for (int j = 1; j <= n; j++) {
      nextDistance[0] = 0;
      nextStart[0] = j;
      char c = text.charAt(j - 1);
      for (int i = 1; i <= m; i++) {
        int substitute = distance[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
        int skipText = distance[i] + 1;
        int skipPattern = nextDistance[i - 1] + 1;
        if (substitute <= skipText && substitute <= skipPattern) {
          nextDistance[i] = substitute;
          nextStart[i] = i == 1 ? j - 1 : start[i - 1];
        } else if (skipText <= skipPattern) {
          nextDistance[i] = skipText;
          nextStart[i] = start[i];
        } else {
          nextDistance[i] = skipPattern;
          nextStart[i] = nextStart[i - 1];
        }
      }
      int edits = nextDistance[m];
      if (edits < bestEdits) {
        bestEdits = edits;
        best.clear();
      }
      if (edits == bestEdits && edits <= maxEdits) {
        Span span = new Span(nextStart[m], j);
        // A run of neighbouring end positions is one match: keep its first (tightest) end.
        if (best.isEmpty() || !best.get(best.size() - 1).span().overlaps(span)) {
          best.add(new Match(span, edits));
        }
      }
      int[] swap = distance;
      distance = nextDistance;
      nextDistance = swap;
      swap = start;
      start = nextStart;
      nextStart = swap;
    }
    return best;
  }
}
