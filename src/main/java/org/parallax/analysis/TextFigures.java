package org.parallax.analysis;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a raw text gives, read without analysis for a caller that reads many reports at once
 * (the event grouping): amounts, counts and rates as plain values, so that "1.3 mln" and
 * "1,300,000" are one figure. Years and small whole numbers are left out: they date and count what
 * any report of the subject mentions ("the week ended March 13", "12 berths"), where the figures of
 * one happening — its amounts, its rates — are what tell it from another of the same subject.
 */
public final class TextFigures {

  /**
   * A number in digits, with thousands separators or decimals, and the word after it: a multiplier
   * ("mln") or a rate ("pct").
   */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\d.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d/])\\s*(\\p{L}+|%)?");

  /** Words after a number that make it a rate. */
  private static final Set<String> RATES = Set.of("pct", "percent", "%");

  /** From which a whole number is a figure by itself: below it, a day, a rank or a count. */
  private static final int SMALLEST_WHOLE = 100;

  /** Years, which a whole number in this range is taken to be. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2100;

  private TextFigures() {}

  /**
   * Returns the figures of a text as plain decimals, sorted, with their rate or multiplier applied
   * ("11 pct" is {@code 11%}, "1.3 mln" is {@code 1300000}).
   *
   * @param text the raw text
   */
  public static String[] of(String text) {
    Set<String> figures = new TreeSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String whole = m.group(1).replace(",", "");
      boolean separated = m.group(1).contains(",");
      String decimals = m.group(2);
      String after = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      BigDecimal value = new BigDecimal(decimals == null ? whole : whole + decimals);
      Long multiplier = NumberMentions.multiplierOf(after);
      if (multiplier != null) {
        figures.add(
            value.multiply(BigDecimal.valueOf(multiplier)).stripTrailingZeros().toPlainString());
      } else if (RATES.contains(after)) {
        figures.add(value.stripTrailingZeros().toPlainString() + "%");
      } else if (decimals != null || separated || isAmount(value)) {
        figures.add(value.stripTrailingZeros().toPlainString());
      }
    }
    return figures.toArray(String[]::new);
  }

  /** True for a whole number large enough to be an amount and not a year. */
  private static boolean isAmount(BigDecimal value) {
    int whole = value.intValue();
    return value.compareTo(BigDecimal.valueOf(SMALLEST_WHOLE)) >= 0
        && (value.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0 || whole < FIRST_YEAR);
  }

  /**
   * Returns true when two sorted lists of figures share one.
   *
   * @param a figures from {@link #of}
   * @param b figures from {@link #of}
   */
  public static boolean shareAny(String[] a, String[] b) {
    for (String figure : a) {
      if (Arrays.binarySearch(b, figure) >= 0) {
        return true;
      }
    }
    return false;
  }
}
