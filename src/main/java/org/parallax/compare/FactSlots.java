package org.parallax.compare;

import java.util.List;
import java.util.Set;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;
import org.parallax.model.Mention;
import org.parallax.model.MentionType;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedFacts;

/**
 * Counts, over the aligned pairs, the claims that give figures or dates on both sides and those in
 * which a figure or a date changed value. Only a change of value counts: a rewrite often leaves a
 * figure out or adds one, a template's filling replaces them: the slots of a template. A template
 * filled twice shares its wording and changes its slots; a copy keeps them.
 */
final class FactSlots {

  private static final Set<MentionType> FACTS =
      Set.of(MentionType.NUMBER, MentionType.DATE, MentionType.TIME);
  private static final Set<DifferenceType> FACT_CHANGES =
      Set.of(DifferenceType.NUMBER, DifferenceType.TIME);

  private FactSlots() {}

  static SharedFacts of(
      List<SentencePair> pairs, List<ClaimView> leftViews, List<ClaimView> rightViews) {
    int factPairs = 0;
    int changed = 0;
    String example = null;
    for (SentencePair pair : pairs) {
      if (!givesFacts(pair.left(), leftViews) || !givesFacts(pair.right(), rightViews)) {
        continue;
      }
      factPairs++;
      Difference change = factChange(pair);
      if (change != null) {
        changed++;
        if (example == null) {
          example = change.left() + " became " + change.right();
        }
      }
    }
    return new SharedFacts(factPairs, changed, example);
  }

  private static boolean givesFacts(List<Integer> claims, List<ClaimView> views) {
    for (int index : claims) {
      for (Mention mention : views.get(index).mentions) {
        if (FACTS.contains(mention.type())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Difference factChange(SentencePair pair) {
    for (Difference difference : pair.differences()) {
      if (FACT_CHANGES.contains(difference.type())
          && difference.change() == DifferenceChange.CHANGED) {
        return difference;
      }
    }
    return null;
  }
}
