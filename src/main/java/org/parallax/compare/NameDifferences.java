package org.parallax.compare;

import java.util.List;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;

/** Finds names one claim has and the other lacks, read as one replaced name where unambiguous. */
final class NameDifferences {

  private NameDifferences() {}

  static void find(ExplainedWords pair) {
    List<Mention> leftOnly = MentionMatching.unmatchedNames(pair.left, pair.right);
    List<Mention> rightOnly = MentionMatching.unmatchedNames(pair.right, pair.left);
    // Read as a replacement only where it is unambiguous: one name gone, one come.
    int replaced = leftOnly.size() == 1 && rightOnly.size() == 1 ? 1 : 0;
    if (replaced == 1) {
      pair.replaced(DifferenceType.ENTITY, leftOnly.get(0), rightOnly.get(0));
    }
    for (Mention m : leftOnly.subList(replaced, leftOnly.size())) {
      pair.add(DifferenceType.ENTITY, m.text(), "", pair.left.explain(m), List.of());
    }
    for (Mention m : rightOnly.subList(replaced, rightOnly.size())) {
      pair.add(DifferenceType.ENTITY, "", m.text(), List.of(), pair.right.explain(m));
    }
  }
}
