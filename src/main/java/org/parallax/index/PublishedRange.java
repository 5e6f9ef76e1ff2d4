package org.parallax.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range on the publication date in a query, {@code published:[2026-03-01 TO 2026-03-09]}, read
 * the same way by both backends: a bound is a year, a month, a day (UTC) or an ISO-8601 instant, or
 * {@code *} for open; an inclusive upper day takes in the whole day. Bounds are milliseconds since
 * the epoch, compared with the article's {@code Published#approximateInstant}.
 */
public final class PublishedRange {

  /** The field a query names for the publication date, on both backends. */
  public static final String FIELD = "published";

  /** {@code published:[A TO B]} or with braces; the bounds without spaces, as Lucene reads them. */
  private static final Pattern RANGE =
      Pattern.compile(
          "\\b" + FIELD + ":([\\[{])\\s*(\\S+?)\\s+TO\\s+(\\S+?)\\s*([\\]}])",
          Pattern.CASE_INSENSITIVE);

  private PublishedRange() {}

  /**
   * Returns the first millisecond a lower bound admits.
   *
   * @param bound the bound as written, {@code *} or null for none
   * @param inclusive false for <code>{</code>, which leaves out the whole period named
   * @throws QuerySyntaxException when the bound is not a date
   */
  public static long from(String bound, boolean inclusive) {
    if (isOpen(bound)) {
      return Long.MIN_VALUE;
    }
    Period period = period(bound);
    return inclusive ? period.start() : period.end() + 1;
  }

  /**
   * Returns the last millisecond an upper bound admits.
   *
   * @param bound the bound as written, {@code *} or null for none
   * @param inclusive false for <code>}</code>, which leaves out the whole period named
   * @throws QuerySyntaxException when the bound is not a date
   */
  public static long to(String bound, boolean inclusive) {
    if (isOpen(bound)) {
      return Long.MAX_VALUE;
    }
    Period period = period(bound);
    return inclusive ? period.end() : period.start() - 1;
  }

  /**
   * Rewrites every publication range of a query into inclusive instants, which a search engine
   * reading ISO-8601 dates (Solr's date fields) takes as they are.
   *
   * @throws QuerySyntaxException when a bound is not a date
   */
  public static String toInstants(String query) {
    Matcher range = RANGE.matcher(query);
    StringBuilder rewritten = new StringBuilder();
    while (range.find()) {
      long from = from(range.group(2), range.group(1).equals("["));
      long to = to(range.group(3), range.group(4).equals("]"));
      String replacement =
          FIELD + ":[" + instant(from, Long.MIN_VALUE) + " TO " + instant(to, Long.MAX_VALUE) + "]";
      range.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
    }
    range.appendTail(rewritten);
    return rewritten.toString();
  }

  private static String instant(long millis, long open) {
    return millis == open ? "*" : Instant.ofEpochMilli(millis).toString();
  }

  private static boolean isOpen(String bound) {
    // Lucene's parser gives null for "*".
    return bound == null || bound.equals("*");
  }

  /** The first and last millisecond of the period a bound names (one instant for an instant). */
  private record Period(long start, long end) {}

  private static Period period(String bound) {
    // The query parser may have lower-cased the bound ("2026-03-01t08:00:00z"), and a bound may be
    // quoted, as Lucene's syntax allows.
    String text = bound.replace("\"", "").toUpperCase(Locale.ROOT);
    try {
      if (text.contains("T")) {
        long at = Instant.parse(text).toEpochMilli();
        return new Period(at, at);
      }
      if (text.matches("\\d{4}")) {
        LocalDate first = LocalDate.of(Integer.parseInt(text), 1, 1);
        return between(first, first.plusYears(1));
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        LocalDate first = YearMonth.parse(text).atDay(1);
        return between(first, first.plusMonths(1));
      }
      LocalDate day = LocalDate.parse(text);
      return between(day, day.plusDays(1));
    } catch (DateTimeParseException e) {
      throw new QuerySyntaxException(
          "cannot understand the date \""
              + bound
              + "\" in a range on "
              + FIELD
              + ": write a year (2026), a month (2026-03), a day (2026-03-09), an instant"
              + " (2026-03-09T08:00:00Z) or * for no limit, as in "
              + FIELD
              + ":[2026-03-01 TO 2026-03-09].");
    }
  }

  private static Period between(LocalDate first, LocalDate next) {
    return new Period(millis(first), millis(next) - 1);
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
