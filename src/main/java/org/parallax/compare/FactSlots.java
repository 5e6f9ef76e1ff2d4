package org.parallax.compare;

import java.util.HashSet;
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
 * Counts the slots of a template among the aligned pairs: claims that give figures on both sides,
 * and those of them in which a figure changed value. A template filled twice (a daily market
 * report, two companies' results, two bond issues) shares its wording and changes its figures; a
 * copy keeps them, and a correction or an update changes one or two.
 *
 * <p>Across the whole reports it also counts the figures each gives and those both give: a copy
 * restates most of its source's figures, two fillings of a template few.
 *
 * <p>Only figures count, and only a change of value. Dates and times are left out because rewrites
 * re-express them ("this morning" for "Sunday"), and figures that come or go because rewrites cut
 * and add; on the graded derivation set either would call paraphrases templates.
 */
final class FactSlots {

  private FactSlots() {}

  static SharedFacts of(
      List<SentencePair> pairs, List<ClaimView> leftViews, List<ClaimView> rightViews) {
    int withFigures = 0;
    int changed = 0;
    String example = null;
    for (SentencePair pair : pairs) {
      if (!givesFigures(pair.left(), leftViews) || !givesFigures(pair.right(), rightViews)) {
        continue;
      }
      withFigures++;
      Difference change = figureChange(pair);
      if (change != null) {
        changed++;
        if (example == null) {
          example = change.left() + " became " + change.right();
        }
      }
    }
    Set<String> left = figures(leftViews);
    Set<String> right = figures(rightViews);
    int common = 0;
    for (String value : left) {
      if (right.contains(value)) {
        common++;
      }
    }
    return new SharedFacts(withFigures, changed, left.size(), right.size(), common, example);
  }

  /** The values of a report's figures, units aside: rewrites say "2,000 residents" for "people". */
  private static Set<String> figures(List<ClaimView> views) {
    Set<String> values = new HashSet<>();
    for (ClaimView view : views) {
      for (Mention mention : view.mentions) {
        if (mention.type() == MentionType.NUMBER) {
          String normal = MentionMatching.normal(mention);
          int space = normal.indexOf(' ');
          String value = space < 0 ? normal : normal.substring(0, space);
          if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
            values.add(value);
          }
        }
      }
    }
    return values;
  }

  private static boolean givesFigures(List<Integer> claims, List<ClaimView> views) {
    for (int index : claims) {
      for (Mention mention : views.get(index).mentions) {
        if (mention.type() == MentionType.NUMBER) {
          return true;
        }
      }
    }
    return false;
  }

  private static Difference figureChange(SentencePair pair) {
    for (Difference difference : pair.differences()) {
      if (difference.type() == DifferenceType.NUMBER
          && difference.change() == DifferenceChange.CHANGED) {
        return difference;
      }
    }
    return null;
  }
}
