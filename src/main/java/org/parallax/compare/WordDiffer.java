package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Span;
import org.parallax.model.WordDiff;

/**
 * A word-level diff of two claims: the longest common subsequence of their word keys, with words
 * that moved (present elsewhere on the other side) also counted as shared.
 */
final class WordDiffer {

  private WordDiffer() {}

  /**
   * Returns, for each word of each side, whether the other side shares it.
   *
   * @return two arrays: {@code [0]} for the left words, {@code [1]} for the right words
   */
  static boolean[][] shared(ClaimView a, ClaimView b) {
    boolean[] left = new boolean[a.keys.size()];
    boolean[] right = new boolean[b.keys.size()];
    for (int[] anchor : anchors(a, b)) {
      left[anchor[0]] = true;
      right[anchor[1]] = true;
    }
    markMoved(a.keys, left, new HashSet<>(b.keys));
    markMoved(b.keys, right, new HashSet<>(a.keys));
    return new boolean[][] {left, right};
  }

  /** Returns the word pairs {@code {i, j}} of a longest common subsequence of the two claims. */
  static List<int[]> anchors(ClaimView a, ClaimView b) {
    int n = a.keys.size();
    int m = b.keys.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.keys.get(i).equals(b.keys.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> anchors = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.keys.get(i).equals(b.keys.get(j))) {
        anchors.add(new int[] {i++, j++});
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return anchors;
  }

  /** Returns the spans of each side's words the other side lacks, adjacent words merged. */
  static WordDiff diff(ClaimView a, ClaimView b) {
    boolean[][] shared = shared(a, b);
    return new WordDiff(unshared(a, shared[0]), unshared(b, shared[1]));
  }

  private static void markMoved(List<String> keys, boolean[] shared, Set<String> otherKeys) {
    for (int i = 0; i < keys.size(); i++) {
      if (!shared[i] && otherKeys.contains(keys.get(i))) {
        shared[i] = true;
      }
    }
  }

  private static List<Span> unshared(ClaimView view, boolean[] shared) {
    List<Span> spans = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= shared.length; i++) {
      boolean open = i < shared.length && !shared[i];
      if (open && runStart < 0) {
        runStart = i;
      } else if (!open && runStart >= 0) {
        int start = view.words.get(runStart).span().start();
        int end = view.words.get(i - 1).span().end();
        spans.add(new Span(start, end));
        runStart = -1;
      }
    }
    return spans;
  }
}
