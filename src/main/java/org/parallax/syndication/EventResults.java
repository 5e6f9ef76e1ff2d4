package org.parallax.syndication;

import java.util.List;

/**
 * One grouping of a workspace into events, as saved in {@code events/events.json}.
 *
 * @param groupedAt when the grouping ran (ISO-8601 instant)
 * @param articles current articles it grouped
 * @param threshold the average link two groups needed to merge
 * @param millis how long the grouping took
 * @param events the events with two or more reports, largest first
 */
public record EventResults(
    String groupedAt,
    int articles,
    double threshold,
    long millis,
    List<EventGrouping.Event> events) {

  /** Copies the events so the record stays immutable. */
  public EventResults {
    events = List.copyOf(events);
  }
}
