package org.parallax.ui.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.ReportRef;
import org.parallax.ui.ReportLabels;

/**
 * How the Events tab writes an event and its matrix for people: the outlets and dates of an event,
 * its headline, which reports carry a claim, a report's day, and how long ago the grouping ran.
 */
final class EventWords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

  /** Outlets named in an event's line before the rest are counted. */
  private static final int OUTLETS_NAMED = 3;

  private EventWords() {}

  /**
   * Returns which reports carry a claim, as the line under the matrix says it: "First in R1 Reuters
   * (9 Mar) · also in R2 Diplomat.so (10 Mar)", or "Only in R2 Diplomat.so (10 Mar)".
   *
   * @param claim the claim
   * @param reports the matrix's columns, earliest first
   */
  static String carriers(EventMatrix.ClaimRow claim, List<ReportRef> reports) {
    List<String> first = new ArrayList<>();
    List<String> also = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      ReportRef report = reports.get(i);
      if (!claim.reports().contains(report.id())) {
        continue;
      }
      String name =
          "R"
              + (i + 1)
              + " "
              + ReportLabels.outletOf(report.outlet())
              + " ("
              + dayOf(report.published())
              + ")";
      (report.id().equals(claim.first()) ? first : also).add(name);
    }
    if (claim.onlyOnce() || also.isEmpty()) {
      return "Only in " + String.join(", ", first);
    }
    return "First in "
        + String.join(", ", first)
        + " · also in "
        + String.join(", ", also)
        + " ("
        + claim.reports().size()
        + " of "
        + reports.size()
        + " reports)";
  }

  /** Returns the outlets of an event in the order they reported, each once. */
  static String outlets(EventGrouping.Event event) {
    Set<String> names = new LinkedHashSet<>();
    event.reports().forEach(r -> names.add(ReportLabels.outletOf(r.outlet())));
    List<String> all = new ArrayList<>(names);
    if (all.size() <= OUTLETS_NAMED) {
      return String.join(", ", all);
    }
    return String.join(", ", all.subList(0, OUTLETS_NAMED))
        + " +"
        + (all.size() - OUTLETS_NAMED)
        + " more";
  }

  /** Returns the dates an event's reports span: one date, "first – last", or "undated". */
  static String span(EventGrouping.Event event) {
    List<String> dates =
        event.reports().stream()
            .map(ReportRef::published)
            .filter(p -> p != null)
            .map(EventWords::dateOf)
            .sorted()
            .toList();
    if (dates.isEmpty()) {
      return "undated";
    }
    String first = dates.get(0);
    String last = dates.get(dates.size() - 1);
    return first.equals(last) ? first : first + " – " + last;
  }

  /** Returns the date part of an ISO publication time. */
  static String dateOf(String published) {
    return published.length() > 10 ? published.substring(0, 10) : published;
  }

  /** Returns the day of an ISO publication time as a short header reads it ("9 Mar"). */
  static String dayOf(String published) {
    if (published == null) {
      return "undated";
    }
    try {
      return LocalDate.parse(dateOf(published)).format(DAY);
    } catch (DateTimeParseException e) {
      return dateOf(published);
    }
  }

  /** Returns how long ago {@code then} was, as a person says it. */
  static String ago(Instant then, Instant now) {
    Duration since = Duration.between(then, now);
    if (since.toMinutes() < 1) {
      return "just now";
    }
    if (since.toHours() < 1) {
      return since.toMinutes() + " min ago";
    }
    if (since.toDays() < 1) {
      return since.toHours() + " h ago";
    }
    long days = since.toDays();
    return days + (days == 1 ? " day ago" : " days ago");
  }

  /** Returns the earliest report's headline, or its id when the saved events have none. */
  static String headline(EventGrouping.Event event) {
    return event.headline() == null || event.headline().isBlank()
        ? event.reports().get(0).id()
        : event.headline();
  }
}
