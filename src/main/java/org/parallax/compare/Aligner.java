package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Chooses which sentences of two reports state the same claim: one-to-one pairs first (greedy by
 * score, with a small bonus for keeping the reading order), then sentences left over join a pair
 * where the other side's sentence contains their content (a rewrite that merged two sentences).
 *
 * <p>Every rule is symmetric in the two sides, so swapping the reports mirrors the alignment.
 */
final class Aligner {

  /** Bonus, at most, for a pair at the same relative position in both reports. */
  static final double ORDER_BONUS = 0.05;

  /** Most sentences one side of a pair may hold. */
  static final int MAX_GROUP = 3;

  private final ComparisonEngine engine;
  private final List<ClaimView> left;
  private final List<ClaimView> right;

  Aligner(ComparisonEngine engine, List<ClaimView> left, List<ClaimView> right) {
    this.engine = engine;
    this.left = left;
    this.right = right;
  }

  /** A pair being built: sentence indices on each side. */
  static final class Group {
    final TreeSet<Integer> left = new TreeSet<>();
    final TreeSet<Integer> right = new TreeSet<>();
  }

  private record Candidate(int i, int j, double score, double ranked) {}

  /** Returns the aligned groups, ordered by their first left sentence. */
  List<Group> align() {
    List<Candidate> candidates = candidates();
    boolean[] leftUsed = new boolean[left.size()];
    boolean[] rightUsed = new boolean[right.size()];
    List<Group> groups = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!leftUsed[c.i] && !rightUsed[c.j]) {
        leftUsed[c.i] = true;
        rightUsed[c.j] = true;
        Group group = new Group();
        group.left.add(c.i);
        group.right.add(c.j);
        groups.add(group);
      }
    }
    extendWithMerges(groups, leftUsed, rightUsed);
    groups.sort(Comparator.comparing((Group g) -> g.left.first()));
    return groups;
  }

  private List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        ClaimView a = left.get(i);
        ClaimView b = right.get(j);
        if (!mayMatch(a, b)) {
          continue;
        }
        java.util.Map<String, Double> signals = engine.signals(a, b);
        double score = engine.score(signals);
        if (score >= engine.threshold(signals)) {
          double position = Math.abs(relative(i, left.size()) - relative(j, right.size()));
          candidates.add(new Candidate(i, j, score, score + ORDER_BONUS * (1 - position)));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.ranked)
            .thenComparingInt(c -> Math.min(c.i, c.j))
            .thenComparingInt(c -> Math.max(c.i, c.j))
            .thenComparingInt(c -> c.i));
    return candidates;
  }

  /** Cheap prefilter: the two share a content word, or both have embeddings to compare. */
  private boolean mayMatch(ClaimView a, ClaimView b) {
    if (engine.useEmbeddings && a.embedding != null && b.embedding != null) {
      return true;
    }
    for (String key : a.contentWeights.keySet()) {
      if (b.contentWeights.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static double relative(int index, int size) {
    return size <= 1 ? 0.5 : (double) index / (size - 1);
  }

  private record Merge(boolean leftSide, int sentence, Group group, double containment) {}

  /**
   * Adds left-over sentences to pairs whose other side holds most of their content, as long as the
   * pair is one-to-one on the other side, the merge raises the pair's score, and the group stays
   * small.
   */
  private void extendWithMerges(List<Group> groups, boolean[] leftUsed, boolean[] rightUsed) {
    while (true) {
      Merge best = null;
      for (Group group : groups) {
        if (group.right.size() == 1 && group.left.size() < MAX_GROUP) {
          best = better(best, bestMerge(true, group, leftUsed));
        }
        if (group.left.size() == 1 && group.right.size() < MAX_GROUP) {
          best = better(best, bestMerge(false, group, rightUsed));
        }
      }
      if (best == null) {
        return;
      }
      (best.leftSide ? best.group.left : best.group.right).add(best.sentence);
      (best.leftSide ? leftUsed : rightUsed)[best.sentence] = true;
    }
  }

  private Merge bestMerge(boolean leftSide, Group group, boolean[] used) {
    List<ClaimView> side = leftSide ? left : right;
    ClaimView other = leftSide ? right.get(group.right.first()) : left.get(group.left.first());
    ClaimView current = view(side, leftSide ? group.left : group.right, -1);
    double before = engine.score(engine.signals(current, other));
    Merge best = null;
    for (int s = 0; s < side.size(); s++) {
      if (used[s]) {
        continue;
      }
      double containment = Signals.containment(side.get(s), other);
      if (containment < engine.mergeContainment) {
        continue;
      }
      ClaimView merged = view(side, leftSide ? group.left : group.right, s);
      if (engine.score(engine.signals(merged, other)) <= before) {
        continue;
      }
      best = better(best, new Merge(leftSide, s, group, containment));
    }
    return best;
  }

  private ClaimView view(List<ClaimView> side, TreeSet<Integer> members, int extra) {
    TreeSet<Integer> all = new TreeSet<>(members);
    if (extra >= 0) {
      all.add(extra);
    }
    if (all.size() == 1) {
      return side.get(all.first());
    }
    List<org.parallax.model.AnalyzedSentence> sentences = new ArrayList<>();
    for (int index : all) {
      sentences.addAll(side.get(index).sentences);
    }
    return ClaimView.of(sentences, engine.weights);
  }

  /** Prefers higher containment; ties go by a rule that does not depend on which side is left. */
  private static Merge better(Merge a, Merge b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.containment != b.containment) {
      return a.containment > b.containment ? a : b;
    }
    int anchorA = a.leftSide ? a.group.right.first() : a.group.left.first();
    int anchorB = b.leftSide ? b.group.right.first() : b.group.left.first();
    int keyA = Math.min(a.sentence, anchorA);
    int keyB = Math.min(b.sentence, anchorB);
    if (keyA != keyB) {
      return keyA < keyB ? a : b;
    }
    return a.sentence <= b.sentence ? a : b;
  }
}
