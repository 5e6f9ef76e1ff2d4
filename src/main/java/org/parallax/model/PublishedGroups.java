package org.parallax.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the day counts of the Published facet by year, month or day, whichever the range of the
 * results needs: the finest grouping that fits in {@link #MOST_GROUPS} buttons. A 1987 wire archive
 * reads as its months, a week of reports as its days, and a decade as its years; results that fall
 * in one month show its days, so a month checked can be narrowed to a day.
 */
public final class PublishedGroups {

  /** Most groups a grouping may have before a coarser one is taken. */
  public static final int MOST_GROUPS = 12;

  private static final int YEAR_CHARS = 4;
  private static final int MONTH_CHARS = 7;

  private PublishedGroups() {}

  /**
   * Returns the counts grouped, newest first; each value is a day ({@code 1987-03-09}), a month
   * ({@code 1987-03}) or a year ({@code 1987}), as the library's date filter accepts them.
   *
   * @param days counts per day, values spelled {@code yyyy-MM-dd}, in any order
   */
  public static List<FacetCount> of(List<FacetCount> days) {
    List<FacetCount> finer = days;
    List<FacetCount> grouped = days;
    for (int chars : new int[] {MONTH_CHARS, YEAR_CHARS}) {
      if (grouped.size() <= MOST_GROUPS) {
        break;
      }
      finer = grouped;
      grouped = byPrefix(days, chars);
    }
    // One button narrows nothing: a single month (or year) shows its days (or months) instead,
    // the first few on show, so the drill-down goes on.
    if (grouped.size() == 1 && finer.size() > 1) {
      grouped = finer;
    }
    List<FacetCount> newestFirst = new ArrayList<>(grouped);
    newestFirst.sort(Comparator.comparing(FacetCount::value).reversed());
    return List.copyOf(newestFirst);
  }

  private static List<FacetCount> byPrefix(List<FacetCount> days, int chars) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (FacetCount day : days) {
      String value = day.value();
      counts.merge(
          value.length() > chars ? value.substring(0, chars) : value, day.count(), Long::sum);
    }
    List<FacetCount> grouped = new ArrayList<>();
    counts.forEach((value, count) -> grouped.add(new FacetCount(value, count)));
    return grouped;
  }

  /**
   * Returns a group as a person reads it: {@code 1987}, {@code Mar 1987} or {@code 9 Mar 1987}.
   *
   * @param value a year, month or day as {@link #of} spells it
   */
  public static String label(String value) {
    if (value.length() < MONTH_CHARS) {
      return value;
    }
    String month = CalendarNames.MONTHS.get(Integer.parseInt(value.substring(5, 7)) - 1);
    String shortMonth =
        Character.toUpperCase(month.charAt(0))
            + month.substring(1, CalendarNames.ABBREVIATION_LENGTH);
    String monthYear = shortMonth + " " + value.substring(0, YEAR_CHARS);
    return value.length() == MONTH_CHARS
        ? monthYear
        : Integer.parseInt(value.substring(8)) + " " + monthYear;
  }

  /**
   * Returns true when {@code value} (a year, month or day) contains {@code other} or the reverse.
   */
  public static boolean overlap(String value, String other) {
    return value.startsWith(other) || other.startsWith(value);
  }
}
