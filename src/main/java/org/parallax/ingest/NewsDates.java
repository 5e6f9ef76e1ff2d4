package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.CalendarNames;
import org.parallax.model.Published;

/**
 * Parses the publication dates news files carry: ISO-8601 (extended and basic), RFC 822 as in RSS,
 * and the free forms of bylines such as {@code Tuesday, 10 March 2026 12:02 EAT}.
 *
 * <p>A time without a zone gives only a date: guessing the zone would invent an instant.
 */
final class NewsDates {

  /** Fixed offsets of the zone abbreviations news outlets print; ambiguous ones take news usage. */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("UTC", "Z"),
          Map.entry("UT", "Z"),
          Map.entry("GMT", "Z"),
          Map.entry("Z", "Z"),
          Map.entry("WET", "Z"),
          Map.entry("WEST", "+01:00"),
          Map.entry("BST", "+01:00"),
          Map.entry("CET", "+01:00"),
          Map.entry("CEST", "+02:00"),
          Map.entry("EET", "+02:00"),
          Map.entry("EEST", "+03:00"),
          Map.entry("MSK", "+03:00"),
          Map.entry("WAT", "+01:00"),
          Map.entry("CAT", "+02:00"),
          Map.entry("SAST", "+02:00"),
          Map.entry("EAT", "+03:00"),
          Map.entry("GST", "+04:00"),
          Map.entry("PKT", "+05:00"),
          Map.entry("IST", "+05:30"),
          Map.entry("NPT", "+05:45"),
          Map.entry("ICT", "+07:00"),
          Map.entry("WIB", "+07:00"),
          Map.entry("HKT", "+08:00"),
          Map.entry("SGT", "+08:00"),
          Map.entry("PHT", "+08:00"),
          Map.entry("AWST", "+08:00"),
          Map.entry("JST", "+09:00"),
          Map.entry("KST", "+09:00"),
          Map.entry("ACST", "+09:30"),
          Map.entry("AEST", "+10:00"),
          Map.entry("AEDT", "+11:00"),
          Map.entry("NZST", "+12:00"),
          Map.entry("NZDT", "+13:00"),
          Map.entry("BRT", "-03:00"),
          Map.entry("ART", "-03:00"),
          Map.entry("EDT", "-04:00"),
          Map.entry("EST", "-05:00"),
          Map.entry("CDT", "-05:00"),
          Map.entry("CST", "-06:00"),
          Map.entry("MDT", "-06:00"),
          Map.entry("MST", "-07:00"),
          Map.entry("PDT", "-07:00"),
          Map.entry("PST", "-08:00"),
          Map.entry("AKDT", "-08:00"),
          Map.entry("AKST", "-09:00"),
          Map.entry("HST", "-10:00"));

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern BASIC_ISO =
      Pattern.compile("(\\d{8})(?:T(\\d{4})(\\d{2})?(Z|[+-]\\d{4})?)?");
  private static final String MONTH =
      "(?<month>"
          + CalendarNames.MONTHS.stream()
              .map(month -> month.substring(0, CalendarNames.ABBREVIATION_LENGTH))
              .collect(Collectors.joining("|"))
          + ")[a-z]*\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<year>\\d{2,4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b");
  private static final Pattern TIME =
      Pattern.compile(
          "\\b(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET =
      Pattern.compile("(?:\\b(?:GMT|UTC))?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?\\b");
  private static final Pattern ZONE_WORD = Pattern.compile("\\b([A-Z]{1,5})\\b");

  private NewsDates() {}

  /** Parses a publication date in any supported form; empty when it is not one. */
  static Optional<Published> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.strip();
    try {
      return Optional.of(Published.at(OffsetDateTime.parse(withColonOffset(value))));
    } catch (DateTimeParseException notIsoInstant) {
      // fall through to the other forms
    }
    if (ISO_DATE.matcher(value).lookingAt()) {
      try {
        return Optional.of(Published.on(LocalDate.parse(value.substring(0, 10))));
      } catch (DateTimeException notADay) {
        return Optional.empty();
      }
    }
    Matcher basic = BASIC_ISO.matcher(value);
    if (basic.matches()) {
      return basicIso(basic);
    }
    return freeForm(value);
  }

  private static String withColonOffset(String value) {
    return value.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replace(' ', 'T');
  }

  private static Optional<Published> basicIso(Matcher basic) {
    try {
      LocalDate date = LocalDate.parse(basic.group(1), DateTimeFormatter.BASIC_ISO_DATE);
      if (basic.group(2) == null || basic.group(4) == null) {
        return Optional.of(Published.on(date));
      }
      int seconds = basic.group(3) == null ? 0 : Integer.parseInt(basic.group(3));
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(basic.group(2).substring(0, 2)),
              Integer.parseInt(basic.group(2).substring(2)),
              seconds);
      ZoneOffset offset = ZoneOffset.of(basic.group(4).equals("Z") ? "Z" : basic.group(4));
      return Optional.of(Published.at(OffsetDateTime.of(date, time, offset)));
    } catch (DateTimeException bad) {
      return Optional.empty();
    }
  }

  private static Optional<Published> freeForm(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    Matcher date = DAY_MONTH_YEAR.matcher(lower);
    if (!date.find()) {
      date = MONTH_DAY_YEAR.matcher(lower);
      if (!date.find()) {
        return Optional.empty();
      }
    }
    LocalDate day;
    try {
      int year = Integer.parseInt(date.group("year"));
      int month = CalendarNames.monthNumber(date.group("month"));
      day =
          LocalDate.of(year < 100 ? 2000 + year : year, month, Integer.parseInt(date.group("day")));
    } catch (DateTimeException bad) {
      return Optional.empty();
    }
    String rest = value.substring(0, date.start()) + " " + value.substring(date.end());
    Matcher time = TIME.matcher(rest);
    if (!time.find()) {
      return Optional.of(Published.on(day));
    }
    Optional<ZoneOffset> zone = zone(rest.substring(time.end()));
    if (zone.isEmpty()) {
      return Optional.of(Published.on(day));
    }
    try {
      return Optional.of(Published.at(OffsetDateTime.of(day, timeOf(time), zone.get())));
    } catch (DateTimeException bad) {
      return Optional.of(Published.on(day));
    }
  }

  private static LocalTime timeOf(Matcher time) {
    int hour = Integer.parseInt(time.group(1));
    String meridiem = time.group(4);
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    int seconds = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
    return LocalTime.of(hour, Integer.parseInt(time.group(2)), seconds);
  }

  /** Finds the zone after the time: a numeric offset (possibly after GMT/UTC) or a known name. */
  static Optional<ZoneOffset> zone(String afterTime) {
    Matcher offset = OFFSET.matcher(afterTime);
    if (offset.find() && offset.start() < 12) {
      int hours = Integer.parseInt(offset.group(2));
      int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
      int sign = offset.group(1).equals("-") ? -1 : 1;
      try {
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      } catch (DateTimeException bad) {
        return Optional.empty();
      }
    }
    Matcher word = ZONE_WORD.matcher(afterTime);
    while (word.find()) {
      String known = ZONES.get(word.group(1));
      if (known != null) {
        return Optional.of(ZoneOffset.of(known));
      }
    }
    return Optional.empty();
  }
}
