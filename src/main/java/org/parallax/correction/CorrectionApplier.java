package org.parallax.correction;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceType;
import org.parallax.model.Relation;
import org.parallax.model.Review;
import org.parallax.model.SentencePair;
import org.parallax.model.Verdict;

/**
 * Applies analysts' corrections over the engine's comparison, oldest first, so a later correction
 * of the same sentences wins.
 *
 * <p>Every sentence stays in exactly one pair or in its side's one-sided list. What the engine
 * measured over the whole reports (coverage, reuse, quotes, passages) is kept as measured: a
 * correction changes the alignment and the verdict, not the evidence.
 */
public final class CorrectionApplier {

  private CorrectionApplier() {}

  /**
   * Returns the corrected comparison.
   *
   * @param machine the engine's result
   * @param corrections corrections resolved to the comparison's sentence numbers, oldest first
   * @param orphaned corrections of the two reports that could not be anchored, listed in the review
   * @param judge judges newly linked sentences
   */
  public static Comparison apply(
      Comparison machine,
      List<AppliedCorrection> corrections,
      List<Correction> orphaned,
      PairJudge judge) {
    if (corrections.isEmpty() && orphaned.isEmpty()) {
      return machine;
    }
    Alignment alignment = new Alignment(machine);
    Derivation derivation = machine.derivation();
    for (AppliedCorrection applied : corrections) {
      Correction correction = applied.correction();
      switch (correction.kind()) {
        case LINK -> alignment.link(applied.left(), applied.right(), judge);
        case UNLINK -> alignment.unlink(applied.left(), applied.right());
        case RELATION -> relation(alignment, applied, judge);
        case NOT_A_DIFFERENCE ->
            alignment.editPair(applied, pair -> dismiss(pair, correction.value()));
        case RETYPE -> alignment.editPair(applied, pair -> retype(pair, correction.value()));
        case VERDICT -> derivation = verdict(derivation, applied, machine);
      }
    }
    return alignment.toComparison(
        derivation, new Review(machine, corrections, List.copyOf(orphaned)));
  }

  private static void relation(Alignment alignment, AppliedCorrection applied, PairJudge judge) {
    String value = applied.correction().value();
    if (value.equals("different")) {
      alignment.unlink(applied.left(), applied.right());
      return;
    }
    if (!alignment.paired(applied.left(), applied.right())) {
      alignment.link(applied.left(), applied.right(), judge);
    }
    Relation relation = value.equals("same") ? Relation.SAME : Relation.CHANGED;
    alignment.editPair(
        applied,
        pair ->
            new SentencePair(
                pair.left(),
                pair.right(),
                relation,
                pair.similarity(),
                pair.signals(),
                relation == Relation.SAME ? List.of() : pair.differences(),
                pair.words()));
  }

  private static SentencePair dismiss(SentencePair pair, String type) {
    List<Difference> kept =
        pair.differences().stream().filter(d -> !d.type().jsonName().equals(type)).toList();
    return new SentencePair(
        pair.left(),
        pair.right(),
        kept.isEmpty() ? Relation.SAME : pair.relation(),
        pair.similarity(),
        pair.signals(),
        kept,
        pair.words());
  }

  private static SentencePair retype(SentencePair pair, String fromTo) {
    String[] types = fromTo.split(">", 2);
    if (types.length != 2) {
      return pair;
    }
    DifferenceType to = typeNamed(types[1]);
    List<Difference> retyped = new ArrayList<>();
    for (Difference d : pair.differences()) {
      retyped.add(
          d.type().jsonName().equals(types[0]) && to != null
              ? new Difference(
                  to, d.change(), d.left(), d.right(), d.subject(), d.leftWords(), d.rightWords())
              : d);
    }
    return new SentencePair(
        pair.left(),
        pair.right(),
        pair.relation(),
        pair.similarity(),
        pair.signals(),
        retyped,
        pair.words());
  }

  /** Returns the difference type with this JSON name, or null. */
  public static DifferenceType typeNamed(String name) {
    for (DifferenceType type : DifferenceType.values()) {
      if (type.jsonName().equals(name)) {
        return type;
      }
    }
    return null;
  }

  /** Returns the verdict with this JSON name, or null. */
  public static Verdict verdictNamed(String name) {
    for (Verdict verdict : Verdict.values()) {
      if (verdict.jsonName().equals(name)) {
        return verdict;
      }
    }
    return null;
  }

  private static Derivation verdict(
      Derivation current, AppliedCorrection applied, Comparison machine) {
    Correction correction = applied.correction();
    Verdict set = verdictNamed(correction.value());
    if (set == null) {
      return current;
    }
    boolean mirrored =
        !correction.left().article().equals(machine.left().article().id())
            && !machine.left().article().id().equals(machine.right().article().id());
    Verdict verdict = mirrored ? set.mirrored() : set;
    boolean sameDirection = verdict == machine.derivation().verdict();
    // Whether the source is credited was checked by the engine in its direction only; in another
    // direction nobody checked it, which the contract's false says as "no credit found".
    Boolean credited =
        !verdict.isDerivation()
            ? null
            : sameDirection && machine.derivation().credited() != null
                ? machine.derivation().credited()
                : Boolean.FALSE;
    List<String> evidence = new ArrayList<>();
    evidence.add("An analyst set this verdict: " + correction.reason());
    evidence.addAll(current.evidence());
    return new Derivation(
        verdict,
        1.0,
        current.leftByRight(),
        current.rightByLeft(),
        current.reuse(),
        current.signals(),
        sameDirection && machine.derivation().version(),
        current.identical(),
        current.facts(),
        credited,
        evidence);
  }
}
