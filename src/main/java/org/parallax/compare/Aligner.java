package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

  /** Least share of the other side's content a merged sentence must newly cover. */
  static final double MIN_GAIN = 0.1;

  /**
   * Least share of a sentence's content a summarising sentence must hold for the sentence to be one
   * of the parts it summarises: lower than a merge into an existing pair needs, since the parts are
   * judged together against the summary before they are paired.
   */
  static final double SEED_PART_CONTAINMENT = 0.3;

  /** Most sentences one side of a pair may hold. */
  static final int MAX_GROUP = 3;

  private final ClaimScorer scorer;
  private final EngineSettings settings;
  private final List<ClaimView> left;
  private final List<ClaimView> right;

  Aligner(ClaimScorer scorer, List<ClaimView> left, List<ClaimView> right) {
    this.scorer = scorer;
    this.settings = scorer.settings();
    this.left = left;
    this.right = right;
  }

  /**
   * A pair being built: sentence indices on each side, and the signals the alignment scored them
   * with while it has not changed them since (null once a merge has), so a pair is scored once.
   */
  static final class Group {
    final TreeSet<Integer> left = new TreeSet<>();
    final TreeSet<Integer> right = new TreeSet<>();
    Map<String, Double> signals;
    double score;

    private void scored(Map<String, Double> signals, double score) {
      this.signals = signals;
      this.score = score;
    }
  }

  private record Candidate(
      int i, int j, Map<String, Double> signals, double score, double ranked) {}

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
        group.scored(c.signals, c.score);
        groups.add(group);
      }
    }
    seedMerges(groups, leftUsed, rightUsed);
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
        Map<String, Double> signals = scorer.signals(a, b);
        double score = scorer.score(signals);
        if (scorer.aligned(signals)) {
          double position = Math.abs(relative(i, left.size()) - relative(j, right.size()));
          candidates.add(new Candidate(i, j, signals, score, score + ORDER_BONUS * (1 - position)));
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
    if (settings.useEmbeddings() && a.embedding != null && b.embedding != null) {
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

  private record Seed(
      boolean anchorOnLeft,
      int anchor,
      List<Integer> parts,
      Map<String, Double> signals,
      double score) {}

  /**
   * Pairs a left-over sentence with several left-over sentences of the other side that together
   * restate it (each mostly contained in it) where no single one of them scored high enough.
   */
  private void seedMerges(List<Group> groups, boolean[] leftUsed, boolean[] rightUsed) {
    while (true) {
      Seed best = null;
      for (int i = 0; i < left.size(); i++) {
        if (!leftUsed[i]) {
          best = betterSeed(best, seed(true, i, right, rightUsed));
        }
      }
      for (int j = 0; j < right.size(); j++) {
        if (!rightUsed[j]) {
          best = betterSeed(best, seed(false, j, left, leftUsed));
        }
      }
      if (best == null) {
        return;
      }
      Group group = new Group();
      (best.anchorOnLeft ? group.left : group.right).add(best.anchor);
      (best.anchorOnLeft ? group.right : group.left).addAll(best.parts);
      group.scored(best.signals, best.score);
      (best.anchorOnLeft ? leftUsed : rightUsed)[best.anchor] = true;
      for (int part : best.parts) {
        (best.anchorOnLeft ? rightUsed : leftUsed)[part] = true;
      }
      groups.add(group);
    }
  }

  private Seed seed(boolean anchorOnLeft, int anchor, List<ClaimView> others, boolean[] used) {
    ClaimView whole = (anchorOnLeft ? left : right).get(anchor);
    List<Integer> parts = new ArrayList<>();
    List<Double> containments = new ArrayList<>();
    for (int k = 0; k < others.size(); k++) {
      // A merge joins sentences of one kind: a heading or caption never restates body text.
      boolean sameKind = others.get(k).kind == whole.kind;
      double containment = used[k] || !sameKind ? 0 : Signals.containment(others.get(k), whole);
      if (containment >= SEED_PART_CONTAINMENT) {
        parts.add(k);
        containments.add(containment);
      }
    }
    if (parts.size() < 2) {
      return null;
    }
    // Keep the best-contained parts, then read them in order.
    List<Integer> order = new ArrayList<>(parts);
    order.sort(
        Comparator.comparingDouble((Integer k) -> -containments.get(parts.indexOf(k)))
            .thenComparingInt(k -> k));
    List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(MAX_GROUP, order.size())));
    chosen.sort(Comparator.naturalOrder());
    ClaimView group = view(others, new TreeSet<>(chosen), -1);
    Map<String, Double> signals =
        anchorOnLeft ? scorer.signals(whole, group) : scorer.signals(group, whole);
    if (!scorer.aligned(signals)) {
      return null;
    }
    return new Seed(anchorOnLeft, anchor, chosen, signals, scorer.score(signals));
  }

  private static Seed betterSeed(Seed a, Seed b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.score != b.score) {
      return a.score > b.score ? a : b;
    }
    int keyA = Math.min(a.anchor, a.parts.get(0));
    int keyB = Math.min(b.anchor, b.parts.get(0));
    if (keyA != keyB) {
      return keyA < keyB ? a : b;
    }
    return a.anchor <= b.anchor ? a : b;
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
      best.group.scored(null, 0);
      (best.leftSide ? leftUsed : rightUsed)[best.sentence] = true;
    }
  }

  private Merge bestMerge(boolean leftSide, Group group, boolean[] used) {
    List<ClaimView> side = leftSide ? left : right;
    ClaimView other = leftSide ? right.get(group.right.first()) : left.get(group.left.first());
    ClaimView current = view(side, leftSide ? group.left : group.right, -1);
    double coveredBefore = Signals.containment(other, current);
    Merge best = null;
    for (int s = 0; s < side.size(); s++) {
      if (used[s] || side.get(s).kind != current.kind) {
        continue;
      }
      double containment = Signals.containment(side.get(s), other);
      if (containment < settings.mergeContainment()) {
        continue;
      }
      ClaimView merged = view(side, leftSide ? group.left : group.right, s);
      // A merged sentence must restate something of the other side the pair did not yet cover.
      if (Signals.containment(other, merged) - coveredBefore < MIN_GAIN) {
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
    return ClaimView.merged(side, all, settings.weights());
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
