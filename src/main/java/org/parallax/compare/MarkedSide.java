package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * One side of a pair of claims under comparison, with the words a finder has already explained, so
 * a later finder does not report them again.
 */
final class MarkedSide {

  final ClaimView view;

  /** The word keys of this side, for the other side's lookups. */
  final Set<String> keys;

  private final boolean[] explained;

  MarkedSide(ClaimView view) {
    this.view = view;
    this.keys = new HashSet<>(view.keys);
    this.explained = new boolean[view.words.size()];
  }

  boolean isExplained(int word) {
    return explained[word];
  }

  /** Marks the given words explained and returns them. */
  List<Integer> explain(List<Integer> words) {
    for (int i : words) {
      explained[i] = true;
    }
    return words;
  }

  /** Marks the words {@code from} to {@code to} (inclusive) explained and returns them. */
  List<Integer> explainRange(int from, int to) {
    List<Integer> words = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      words.add(i);
    }
    return explain(words);
  }

  /** Marks the words of a mention explained and returns them. */
  List<Integer> explain(Mention mention) {
    return explain(view.wordsInside(mention.span()));
  }

  /** Marks every word whose folded form is in {@code surfaceForms} explained and returns them. */
  List<Integer> explainForms(Set<String> surfaceForms) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < view.words.size(); i++) {
      if (surfaceForms.contains(view.surface.get(i))) {
        words.add(i);
      }
    }
    return explain(words);
  }

  /** Returns true when a finder already explained a word of {@code mention}. */
  boolean overlapsExplained(Mention mention) {
    for (int i : view.wordsInside(mention.span())) {
      if (explained[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the spans of the given words in the article's text, words that follow each other joined
   * into one span.
   */
  List<Span> spansOf(List<Integer> words) {
    List<Integer> sorted = words.stream().distinct().sorted().toList();
    List<Span> spans = new ArrayList<>();
    int runStart = -1;
    for (int k = 0; k < sorted.size(); k++) {
      int word = sorted.get(k);
      if (runStart < 0) {
        runStart = word;
      }
      boolean runEnds = k + 1 == sorted.size() || sorted.get(k + 1) != word + 1;
      if (runEnds) {
        spans.add(
            new Span(view.words.get(runStart).span().start(), view.words.get(word).span().end()));
        runStart = -1;
      }
    }
    return spans;
  }
}
