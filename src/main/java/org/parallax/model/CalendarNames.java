package org.parallax.model;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * English month and weekday names in lower case, the one list every layer that reads dates or skips
 * calendar words uses (reports in other languages are not read for dates).
 */
public final class CalendarNames {

  /** The months in lower case, January first, so month {@code n} is at index {@code n - 1}. */
  public static final List<String> MONTHS =
      Arrays.stream(Month.values()).map(CalendarNames::lowerCase).toList();

  /** The weekdays in lower case, Monday first. */
  public static final List<String> WEEKDAYS =
      Arrays.stream(DayOfWeek.values()).map(CalendarNames::lowerCase).toList();

  /** How many letters of a month's name make its short form ("jan", "sep"). */
  public static final int ABBREVIATION_LENGTH = 3;

  private CalendarNames() {}

  /**
   * Returns the month (1 to 12) that a lower-case word names, in full ("march") or abbreviated
   * without its period ("mar", "sept"), or 0 when it names none.
   */
  public static int monthNumber(String word) {
    // "sept" is the one four-letter short form in common use.
    boolean shortForm = word.length() == ABBREVIATION_LENGTH || word.equals("sept");
    for (int i = 0; i < MONTHS.size(); i++) {
      String month = MONTHS.get(i);
      if (word.equals(month) || (shortForm && month.startsWith(word))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String lowerCase(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
