package org.parallax.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: an instant with the offset the outlet gave, or only a date.
 *
 * @param dateTime the moment with its offset, or null when only the date is known
 * @param date the calendar date as the outlet gave it; never null
 */
public record Published(OffsetDateTime dateTime, LocalDate date) {

  /** Checks the date is present and agrees with the moment. */
  public Published {
    Objects.requireNonNull(date, "date");
    if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " disagrees with " + dateTime);
    }
  }

  /** Returns a publication time known to the minute (or better) with its offset. */
  public static Published at(OffsetDateTime dateTime) {
    return new Published(dateTime, dateTime.toLocalDate());
  }

  /** Returns a publication time known only to the day. */
  public static Published on(LocalDate date) {
    return new Published(null, date);
  }

  /** Returns the exact moment, when known. */
  public Optional<OffsetDateTime> moment() {
    return Optional.ofNullable(dateTime);
  }

  /**
   * Returns an instant for ordering: the exact moment, or noon UTC of the date when only the date
   * is known (the middle of the day keeps the error under twelve hours either way).
   */
  public Instant approximateInstant() {
    return dateTime != null ? dateTime.toInstant() : date.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /** Returns ISO-8601: an offset date-time where known, else a date. */
  public String toIso() {
    return dateTime != null ? dateTime.toString() : date.toString();
  }

  /** Parses what {@link #toIso()} writes. */
  public static Published parseIso(String iso) {
    return iso.contains("T") ? at(OffsetDateTime.parse(iso)) : on(LocalDate.parse(iso));
  }

  /**
   * Returns {@link #approximateInstant()} as milliseconds since the epoch, for code that may not
   * use {@code java.time} (the comparison engine).
   */
  public long approximateEpochMillis() {
    return approximateInstant().toEpochMilli();
  }

  /** Returns true when the moment, not only the date, is known. */
  public boolean hasTime() {
    return dateTime != null;
  }
}
