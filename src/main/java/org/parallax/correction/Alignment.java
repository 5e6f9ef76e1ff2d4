package org.parallax.correction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Review;
import org.parallax.model.SentencePair;

/**
 * The pairs and one-sided sentences of a comparison while corrections change them, keeping every
 * sentence in exactly one pair or in its side's one-sided list.
 */
final class Alignment {

  private final Comparison machine;
  private final List<SentencePair> pairs;
  private final TreeSet<Integer> leftOnly;
  private final TreeSet<Integer> rightOnly;

  Alignment(Comparison machine) {
    this.machine = machine;
    this.pairs = new ArrayList<>(machine.pairs());
    this.leftOnly = new TreeSet<>(machine.leftOnly());
    this.rightOnly = new TreeSet<>(machine.rightOnly());
  }

  /** Pairs the sentences, taking them out of whatever pairs held them. */
  void link(List<Integer> left, List<Integer> right, PairJudge judge) {
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    release(left, right);
    leftOnly.removeAll(left);
    rightOnly.removeAll(right);
    pairs.add(judge.judge(machine, left, right));
  }

  /** Takes the sentences out of their pairs; a pair left without one side dissolves. */
  void unlink(List<Integer> left, List<Integer> right) {
    release(left, right);
  }

  /** Returns true when one pair holds all these sentences. */
  boolean paired(List<Integer> left, List<Integer> right) {
    return pairs.stream()
        .anyMatch(pair -> pair.left().containsAll(left) && pair.right().containsAll(right));
  }

  /** Changes the pair the correction names (the first that holds one of its sentences). */
  void editPair(AppliedCorrection applied, UnaryOperator<SentencePair> edit) {
    for (int i = 0; i < pairs.size(); i++) {
      if (applied.touches(pairs.get(i))) {
        pairs.set(i, edit.apply(pairs.get(i)));
        return;
      }
    }
  }

  private void release(List<Integer> left, List<Integer> right) {
    List<SentencePair> kept = new ArrayList<>();
    for (SentencePair pair : pairs) {
      List<Integer> keepLeft = new ArrayList<>(pair.left());
      List<Integer> keepRight = new ArrayList<>(pair.right());
      keepLeft.removeAll(left);
      keepRight.removeAll(right);
      if (keepLeft.size() == pair.left().size() && keepRight.size() == pair.right().size()) {
        kept.add(pair);
        continue;
      }
      if (keepLeft.isEmpty() || keepRight.isEmpty()) {
        leftOnly.addAll(pair.left());
        rightOnly.addAll(pair.right());
        continue;
      }
      leftOnly.addAll(difference(pair.left(), keepLeft));
      rightOnly.addAll(difference(pair.right(), keepRight));
      kept.add(
          new SentencePair(
              keepLeft,
              keepRight,
              pair.relation(),
              pair.similarity(),
              pair.signals(),
              pair.differences(),
              pair.words()));
    }
    pairs.clear();
    pairs.addAll(kept);
  }

  private static List<Integer> difference(List<Integer> all, List<Integer> kept) {
    List<Integer> gone = new ArrayList<>(all);
    gone.removeAll(kept);
    return gone;
  }

  Comparison toComparison(Derivation derivation, Review review) {
    pairs.sort(Comparator.comparing((SentencePair pair) -> pair.left().get(0)));
    List<Integer> leftUnsourced =
        machine.leftUnsourced().stream().filter(leftOnly::contains).toList();
    List<Integer> rightUnsourced =
        machine.rightUnsourced().stream().filter(rightOnly::contains).toList();
    return new Comparison(
        machine.left(),
        machine.right(),
        pairs,
        List.copyOf(leftOnly),
        List.copyOf(rightOnly),
        leftUnsourced,
        rightUnsourced,
        machine.quotes(),
        machine.passages(),
        machine.leftBoilerplate(),
        machine.rightBoilerplate(),
        derivation,
        machine.settings(),
        review);
  }
}
