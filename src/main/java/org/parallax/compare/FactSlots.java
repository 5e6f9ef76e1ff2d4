package org.parallax.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.BlockKind;
import org.parallax.model.CalendarNames;
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
 *
 * <p>Months are the one exception, read per report: the month most of a report's claims name is the
 * period it reports on. One monthly statistic for two months ("rose 2.2 pct in February after 1.1
 * pct in January" against "rose 1.1 pct in January after 0.2 pct in December") names both months in
 * places, but each report names its own month most. A rewrite keeps the period its facts belong to,
 * however it cuts or adds.
 */
final class FactSlots {

  /** The month of the numeric forms the date reader writes: "2026-03-09", "--03-09", "2021-06". */
  private static final Pattern NUMERIC_MONTH = Pattern.compile("(?:\\d{4}|-)-(\\d{2})");

  private static final int MONTHS_IN_YEAR = 12;

  private FactSlots() {}

  static SharedFacts of(
      List<SentencePair> pairs, List<ClaimView> leftViews, List<ClaimView> rightViews) {
    int withFigures = 0;
    int changed = 0;
    String example = null;
    int leftLead = leadOf(leftViews);
    int rightLead = leadOf(rightViews);
    // The leads compared as the alignment pairs them: with each other, or, when neither is paired
    // with anything, the one with the other (two notices sharing only their boilerplate).
    List<Integer> leftLeadClaims = leftLead < 0 ? List.of() : List.of(leftLead);
    List<Integer> rightLeadClaims = rightLead < 0 ? List.of() : List.of(rightLead);
    for (SentencePair pair : pairs) {
      boolean holdsLeft = pair.left().contains(leftLead);
      boolean holdsRight = pair.right().contains(rightLead);
      if (holdsLeft && holdsRight) {
        leftLeadClaims = pair.left();
        rightLeadClaims = pair.right();
      } else if (holdsLeft || holdsRight) {
        leftLeadClaims = List.of();
      }
    }
    boolean leadFiguresChanged =
        !leftLeadClaims.isEmpty()
            && !rightLeadClaims.isEmpty()
            && figuresApart(leftLeadClaims, leftViews, rightLeadClaims, rightViews);
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
    return new SharedFacts(
        withFigures,
        changed,
        left.size(),
        right.size(),
        common,
        period(leftViews),
        period(rightViews),
        example,
        leadFiguresChanged);
  }

  /** The index of a report's lead, its first body claim, or -1 when it has none. */
  private static int leadOf(List<ClaimView> views) {
    for (int i = 0; i < views.size(); i++) {
      if (views.get(i).kind == BlockKind.BODY) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when each side's claims give at least {@link TemplateTest#FIGURES} figures and none of
   * either side's appears in the other's.
   */
  private static boolean figuresApart(
      List<Integer> left,
      List<ClaimView> leftViews,
      List<Integer> right,
      List<ClaimView> rightViews) {
    Set<String> leftValues = figures(left.stream().map(leftViews::get).toList());
    Set<String> rightValues = figures(right.stream().map(rightViews::get).toList());
    return leftValues.size() >= TemplateTest.FIGURES
        && rightValues.size() >= TemplateTest.FIGURES
        && Collections.disjoint(leftValues, rightValues);
  }

  /**
   * The latest month that at least {@link TemplateTest#FACT_PAIRS} of a report's claims name, in
   * lower case, or null. A series compares its period with earlier ones ("in February after 1.1 pct
   * in January"), so its own period is the latest it names; a December named beside a January is
   * the December before it. Months spread over more than half a year give no period.
   */
  private static String period(List<ClaimView> views) {
    int[] claims = new int[MONTHS_IN_YEAR + 1];
    for (ClaimView view : views) {
      Set<Integer> named = new TreeSet<>();
      for (Mention mention : view.mentions) {
        if (mention.type() == MentionType.DATE) {
          named.add(monthOf(mention.normalized()));
        }
      }
      named.remove(0);
      named.forEach(month -> claims[month]++);
    }
    List<Integer> named = new ArrayList<>();
    for (int month = 1; month <= MONTHS_IN_YEAR; month++) {
      if (claims[month] >= TemplateTest.FACT_PAIRS) {
        named.add(month);
      }
    }
    for (int latest : named) {
      boolean allBefore = true;
      for (int month : named) {
        allBefore &= Math.floorMod(latest - month, MONTHS_IN_YEAR) < MONTHS_IN_YEAR / 2;
      }
      if (allBefore) {
        return CalendarNames.MONTHS.get(latest - 1);
      }
    }
    return null;
  }

  /**
   * The month of a normalised date: "2026-03-09", "--03-09", "2021-06" or a month's name; 0 for a
   * year, a weekday or a relative date.
   */
  private static int monthOf(String normalized) {
    Matcher numeric = NUMERIC_MONTH.matcher(normalized);
    if (numeric.lookingAt()) {
      return Integer.parseInt(numeric.group(1));
    }
    return CalendarNames.MONTHS.indexOf(normalized) + 1;
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
