package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Token;

/**
 * Reads the copy evidence between two reports from their words: shared trigrams and rare runs,
 * boilerplate left out, in each direction.
 *
 * <p>A word is boilerplate when it lies inside a run of {@value StockPhrases#WORDS} words the
 * caller's {@link StockPhrases} calls stock. Such words count neither for nor against copying: they
 * leave both the numerator and the denominator of every share.
 */
final class CopyEvidence {

  /** Least length, in words, of a shared run. */
  static final int RUN = 3;

  /** Length, in words, from which a shared run counts in full; shorter runs count in part. */
  static final int FULL_RUN = 8;

  /** The words of one report prepared once. */
  static final class Side {
    final List<String> words = new ArrayList<>();
    final List<Double> rarity = new ArrayList<>();
    final boolean[] stock;
    final Set<String> trigrams = new HashSet<>();

    /** Where each view's words start in {@link #words}, and one past the last view's. */
    private final int[] viewStart;

    Side(List<ClaimView> views, WordWeights weights, StockPhrases stockPhrases) {
      double max = weights.maxIdf();
      viewStart = new int[views.size() + 1];
      int v = 0;
      for (ClaimView view : views) {
        viewStart[v++] = words.size();
        for (int i = 0; i < view.words.size(); i++) {
          Token token = view.words.get(i);
          words.add(view.surface.get(i));
          rarity.add(view.content[i] ? Math.min(1.0, weights.weight(token) / max) : 0.1);
        }
      }
      viewStart[v] = words.size();
      stock = new boolean[words.size()];
      markStock(stockPhrases);
      for (int i = 0; i + RUN <= words.size(); i++) {
        if (!allStock(i)) {
          trigrams.add(trigram(i));
        }
      }
    }

    /**
     * Marks the words inside stock runs. The runs are read in {@link StockPhrases#words} form,
     * which splits and joins differently from the tokeniser ("'s" joins the word before it), so
     * each such word remembers the token it came from.
     */
    private void markStock(StockPhrases stockPhrases) {
      if (stockPhrases == StockPhrases.NONE) {
        return;
      }
      List<String> plain = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        List<String> parts = StockPhrases.words(word);
        boolean clitic = (word.startsWith("'") || word.startsWith("\u2019")) && !plain.isEmpty();
        if (clitic && parts.size() == 1) {
          int last = plain.size() - 1;
          plain.set(last, plain.get(last) + parts.get(0));
          continue;
        }
        for (String part : parts) {
          plain.add(part);
          from.add(i);
        }
      }
      int n = StockPhrases.WORDS;
      for (int i = 0; i + n <= plain.size(); i++) {
        if (stockPhrases.isStock(plain.subList(i, i + n))) {
          for (int k = from.get(i); k <= from.get(i + n - 1); k++) {
            stock[k] = true;
          }
        }
      }
    }

    /** Returns how many words of view {@code v} are not boilerplate. */
    int ownWords(int v) {
      return ownWords(v, v + 1);
    }

    /**
     * Returns how many words of views {@code from} (inclusive) to {@code to} are not boilerplate.
     */
    private int ownWords(int from, int to) {
      int own = 0;
      for (int i = viewStart[from]; i < viewStart[to]; i++) {
        own += stock[i] ? 0 : 1;
      }
      return own;
    }

    /** Returns {@code count} as a share of the report's words that are not boilerplate. */
    double shareOfOwn(double count) {
      int own = ownWords(0, viewStart.length - 1);
      return own == 0 ? 0 : Math.min(1.0, count / own);
    }

    String trigram(int i) {
      return words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2);
    }

    boolean allStock(int i) {
      return stock[i] && stock[i + 1] && stock[i + 2];
    }

    boolean isStock(int i) {
      return stock[i];
    }

    int size() {
      return words.size();
    }
  }

  /** Shares of {@code derived} found in {@code source}: trigrams and rare runs. */
  record Shares(double trigrams, double rareRuns, boolean[] shared) {}

  private CopyEvidence() {}

  /** Returns how much of {@code derived}'s wording {@code source} holds. */
  static Shares of(Side derived, Side source) {
    int n = derived.size();
    boolean[] shared = new boolean[n];
    int trigrams = 0;
    int sharedTrigrams = 0;
    for (int i = 0; i + RUN <= n; i++) {
      if (derived.allStock(i)) {
        continue;
      }
      trigrams++;
      if (source.trigrams.contains(derived.trigram(i))) {
        sharedTrigrams++;
        for (int k = i; k < i + RUN; k++) {
          shared[k] = true;
        }
      }
    }
    double total = 0;
    double inRuns = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean inRun = i < n && shared[i];
      if (inRun && start < 0) {
        start = i;
      } else if (!inRun && start >= 0) {
        inRuns += runWeight(derived, start, i);
        start = -1;
      }
      if (i < n && !derived.isStock(i)) {
        total += derived.rarity.get(i);
      }
    }
    return new Shares(
        trigrams == 0 ? 0 : (double) sharedTrigrams / trigrams,
        total == 0 ? 0 : Math.min(1.0, inRuns / total),
        shared);
  }

  /** Rarity of the run's non-boilerplate words, scaled by how long the run is. */
  private static double runWeight(Side side, int from, int to) {
    double weight = 0;
    int length = 0;
    for (int i = from; i < to; i++) {
      if (!side.isStock(i)) {
        weight += side.rarity.get(i);
        length++;
      }
    }
    if (length < RUN) {
      return 0;
    }
    return weight * Math.min(1.0, (double) (length - RUN + 1) / (FULL_RUN - RUN + 1));
  }
}
