package org.parallax.analysis;

import java.util.Locale;
import java.util.Set;
import org.parallax.model.CalendarNames;
import org.parallax.model.MentionType;

/**
 * Finds dates and times. Absolute dates are normalised to ISO-8601 ({@code 2021-06-04}; {@code
 * --02-27} when the year is not given; {@code 2024}); relative ones ("last month") to the
 * lower-case phrase; times to 24-hour {@code HH:MM} plus the zone as written, lower case ({@code
 * 12:02 eat}).
 */
final class TemporalMentions {

  private static final Set<String> WEEKDAYS = Set.copyOf(CalendarNames.WEEKDAYS);

  /** Words before a bare month name that show it is the month ("in May", not "may"). */
  private static final Set<String> MONTH_CUES =
      Set.of(
          "in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of",
          "from", "through", "during", "before", "after", "between", "and", "or", "to");

  private static final Set<String> RELATIVE_LEADS =
      Set.of("last", "next", "this", "past", "coming", "previous", "recent", "following");

  private static final Set<String> PERIOD_WORDS =
      Set.of(
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "weekend",
          "decade",
          "decades",
          "century",
          "morning",
          "afternoon",
          "evening",
          "night",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "day",
          "days",
          "quarter");

  private static final Set<String> PERIOD_MODIFIERS =
      Set.of("early", "late", "mid", "earlier", "later");

  private static final Set<String> DEICTIC_DAYS =
      Set.of("yesterday", "today", "tomorrow", "tonight");

  private static final Set<String> ZONES =
      Set.of(
          "eat", "cat", "wat", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
          "pdt", "cet", "cest", "bst", "msk", "ist", "jst", "ast", "sast");

  private TemporalMentions() {}

  static void find(MentionBuilder m) {
    for (int i = 0; i < m.size(); i++) {
      if (m.isTaken(i)) {
        continue;
      }
      int end = time(m, i);
      if (end < 0) {
        end = monthDate(m, i);
      }
      if (end < 0) {
        end = dayFirstDate(m, i);
      }
      if (end < 0) {
        end = relative(m, i);
      }
      if (end < 0) {
        end = yearOrWeekday(m, i);
      }
      if (end > i) {
        i = end - 1;
      }
    }
  }

  private static int time(MentionBuilder m, int i) {
    String word = m.word(i);
    if (!word.matches("\\d{1,2}:\\d{2}")) {
      return -1;
    }
    int hour = Integer.parseInt(word.substring(0, word.indexOf(':')));
    String minutes = word.substring(word.indexOf(':') + 1);
    int end = i + 1;
    String meridiem = m.key(end);
    if (meridiem.equals("pm") || meridiem.equals("am")) {
      if (meridiem.equals("pm") && hour < 12) {
        hour += 12;
      } else if (meridiem.equals("am") && hour == 12) {
        hour = 0;
      }
      end++;
    }
    String normalized = String.format(Locale.ROOT, "%02d:%s", hour, minutes);
    if (ZONES.contains(m.key(end))) {
      normalized += " " + m.key(end);
      end++;
    }
    m.add(MentionType.TIME, i, end, normalized);
    return end;
  }

  /** "March 9", "March 9, 2026", "Jan. 5", "June 2021", and "in December". */
  private static int monthDate(MentionBuilder m, int i) {
    int month = CalendarNames.monthNumber(m.key(i));
    if (month == 0 || !Character.isUpperCase(m.word(i).charAt(0))) {
      return -1;
    }
    int day = dayNumber(m.word(i + 1));
    if (day > 0 && !m.isTaken(i + 1)) {
      int end = i + 2;
      int yearAt = m.word(end).equals(",") ? end + 1 : end;
      int year = yearNumber(m.word(yearAt));
      if (year > 0) {
        m.add(MentionType.DATE, i, yearAt + 1, iso(year, month, day));
        return yearAt + 1;
      }
      m.add(MentionType.DATE, i, end, String.format(Locale.ROOT, "--%02d-%02d", month, day));
      return end;
    }
    int year = yearNumber(m.word(i + 1));
    if (year > 0) {
      m.add(MentionType.DATE, i, i + 2, String.format(Locale.ROOT, "%04d-%02d", year, month));
      return i + 2;
    }
    boolean fullName = CalendarNames.MONTHS.contains(m.key(i)) && !m.key(i).equals("may");
    if (fullName || MONTH_CUES.contains(m.key(i - 1))) {
      m.add(MentionType.DATE, i, i + 1, CalendarNames.MONTHS.get(month - 1));
      return i + 1;
    }
    return -1;
  }

  /** "4 June 2021", "9 March". */
  private static int dayFirstDate(MentionBuilder m, int i) {
    int day = dayNumber(m.word(i));
    int month = CalendarNames.monthNumber(m.key(i + 1));
    if (day <= 0 || month == 0 || !Character.isUpperCase(m.word(i + 1).charAt(0))) {
      return -1;
    }
    int year = yearNumber(m.word(i + 2));
    if (year > 0) {
      m.add(MentionType.DATE, i, i + 3, iso(year, month, day));
      return i + 3;
    }
    m.add(MentionType.DATE, i, i + 2, String.format(Locale.ROOT, "--%02d-%02d", month, day));
    return i + 2;
  }

  /** "last month", "earlier this year", "late last year", "two weeks ago", "yesterday". */
  private static int relative(MentionBuilder m, int i) {
    if (DEICTIC_DAYS.contains(m.key(i))) {
      m.add(MentionType.DATE, i, i + 1, m.key(i));
      return i + 1;
    }
    int start = i;
    int at = i;
    if (PERIOD_MODIFIERS.contains(m.key(at))) {
      at++;
    }
    if (RELATIVE_LEADS.contains(m.key(at))
        && (PERIOD_WORDS.contains(m.key(at + 1)) || WEEKDAYS.contains(m.key(at + 1)))) {
      int end = at + 2;
      m.add(MentionType.DATE, start, end, phrase(m, start, end));
      return end;
    }
    if (at == i
        && (m.pos(i).equals("NUM") || m.key(i).equals("a"))
        && PERIOD_WORDS.contains(m.key(i + 1))
        && m.key(i + 2).equals("ago")) {
      String amount = m.key(i).equals("a") ? "1" : NumberMentions.valueOf(m.word(i));
      if (amount != null) {
        m.add(MentionType.DATE, i, i + 3, amount + " " + m.key(i + 1) + " ago");
        return i + 3;
      }
    }
    return -1;
  }

  private static int yearOrWeekday(MentionBuilder m, int i) {
    if (WEEKDAYS.contains(m.key(i)) && Character.isUpperCase(m.word(i).charAt(0))) {
      m.add(MentionType.DATE, i, i + 1, m.key(i));
      return i + 1;
    }
    int year = yearNumber(m.word(i));
    if (year > 0 && m.pos(i).equals("NUM") && !isCurrency(m.word(i - 1))) {
      m.add(MentionType.DATE, i, i + 1, Integer.toString(year));
      return i + 1;
    }
    return -1;
  }

  private static boolean isCurrency(String word) {
    return NumberMentions.currencyOf(word) != null;
  }

  private static String phrase(MentionBuilder m, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i > from ? " " : "").append(m.word(i).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static String iso(int year, int month, int day) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  private static int dayNumber(String word) {
    String digits = word.replaceAll("(st|nd|rd|th)$", "");
    if (!digits.matches("\\d{1,2}")) {
      return -1;
    }
    int day = Integer.parseInt(digits);
    return day >= 1 && day <= 31 ? day : -1;
  }

  private static int yearNumber(String word) {
    if (!word.matches("\\d{4}")) {
      return -1;
    }
    int year = Integer.parseInt(word);
    return year >= 1900 && year <= 2100 ? year : -1;
  }
}
