package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.model.VerbatimPassage;

/** Finds the runs of words two reports share word for word, longest first, never overlapping. */
final class PassageFinder {

  private record Word(String folded, Token token, int sentence) {}

  private record Run(int leftStart, int rightStart, int length) {}

  private PassageFinder() {}

  /** Returns the shared runs of at least {@code minWords} words. */
  static List<VerbatimPassage> find(
      AnalyzedArticle left,
      List<ClaimView> leftViews,
      AnalyzedArticle right,
      List<ClaimView> rightViews,
      int minWords) {
    List<Word> a = words(leftViews);
    List<Word> b = words(rightViews);
    Map<String, List<Integer>> seeds = new HashMap<>();
    for (int i = 0; i + minWords <= a.size(); i++) {
      seeds.computeIfAbsent(gram(a, i, minWords), k -> new ArrayList<>()).add(i);
    }
    List<Run> runs = new ArrayList<>();
    for (int j = 0; j + minWords <= b.size(); j++) {
      List<Integer> starts = seeds.get(gram(b, j, minWords));
      if (starts == null) {
        continue;
      }
      for (int i : starts) {
        boolean extendsEarlier = i > 0 && j > 0 && a.get(i - 1).folded.equals(b.get(j - 1).folded);
        if (extendsEarlier) {
          continue;
        }
        int length = minWords;
        while (i + length < a.size()
            && j + length < b.size()
            && a.get(i + length).folded.equals(b.get(j + length).folded)) {
          length++;
        }
        runs.add(new Run(i, j, length));
      }
    }
    runs.sort(
        Comparator.comparingInt((Run r) -> -r.length)
            .thenComparingInt(r -> r.leftStart + r.rightStart)
            .thenComparingInt(r -> Math.min(r.leftStart, r.rightStart)));
    boolean[] leftTaken = new boolean[a.size()];
    boolean[] rightTaken = new boolean[b.size()];
    List<VerbatimPassage> passages = new ArrayList<>();
    for (Run run : runs) {
      if (anyTaken(leftTaken, run.leftStart, run.length)
          || anyTaken(rightTaken, run.rightStart, run.length)) {
        continue;
      }
      take(leftTaken, run.leftStart, run.length);
      take(rightTaken, run.rightStart, run.length);
      Word firstLeft = a.get(run.leftStart);
      Word lastLeft = a.get(run.leftStart + run.length - 1);
      Word firstRight = b.get(run.rightStart);
      Word lastRight = b.get(run.rightStart + run.length - 1);
      Span leftSpan = new Span(firstLeft.token.span().start(), lastLeft.token.span().end());
      Span rightSpan = new Span(firstRight.token.span().start(), lastRight.token.span().end());
      passages.add(
          new VerbatimPassage(
              leftSpan.of(left.article().text()),
              firstLeft.sentence,
              firstRight.sentence,
              leftSpan,
              rightSpan,
              run.length));
    }
    return passages;
  }

  private static List<Word> words(List<ClaimView> views) {
    List<Word> words = new ArrayList<>();
    for (ClaimView view : views) {
      for (int i = 0; i < view.words.size(); i++) {
        words.add(new Word(view.surface.get(i), view.words.get(i), view.sentences.get(0).n()));
      }
    }
    return words;
  }

  private static String gram(List<Word> words, int start, int length) {
    StringBuilder gram = new StringBuilder();
    for (int k = 0; k < length; k++) {
      gram.append(words.get(start + k).folded).append(' ');
    }
    return gram.toString();
  }

  private static boolean anyTaken(boolean[] taken, int start, int length) {
    for (int k = start; k < start + length; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  private static void take(boolean[] taken, int start, int length) {
    for (int k = start; k < start + length; k++) {
      taken[k] = true;
    }
  }
}
