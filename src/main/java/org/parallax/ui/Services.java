package org.parallax.ui;

import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.syndication.EventGrouping;
import org.parallax.ui.alerts.AlertSource;
import org.parallax.ui.compare.ComparisonExporter;
import org.parallax.ui.events.EventSource;
import org.parallax.ui.scan.Scanner;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.Library;
import org.parallax.workspace.WorkspaceAnnotations;

/**
 * The workspace services the window uses.
 *
 * @param library ingest, search and read articles
 * @param comparer compare two articles
 * @param exporter write a comparison to a file
 * @param closer releases the workspace when the window closes
 * @param annotations the workspace's annotations, or null where there are none (tests)
 * @param scanner runs the syndication scan, or null where there is none (tests)
 * @param events the workspace's events, or null where there are none (tests)
 * @param alerts the workspace's watcher and its alerts, or null where there are none (tests)
 */
public record Services(
    Library library,
    Comparer comparer,
    ComparisonExporter exporter,
    AutoCloseable closer,
    WorkspaceAnnotations annotations,
    Scanner scanner,
    EventSource events,
    AlertSource alerts) {

  /** Services without annotations, scan or events. */
  public Services(
      Library library, Comparer comparer, ComparisonExporter exporter, AutoCloseable closer) {
    this(library, comparer, exporter, closer, null, null, null, null);
  }

  /** Services without a scan or events. */
  public Services(
      Library library,
      Comparer comparer,
      ComparisonExporter exporter,
      AutoCloseable closer,
      WorkspaceAnnotations annotations) {
    this(library, comparer, exporter, closer, annotations, null, null, null);
  }

  /**
   * Compares two articles with the earlier report on the left, whichever order they were chosen or
   * dropped in: the earlier one is the likelier source.
   */
  public Comparison compareEarliestFirst(Article a, Article b) {
    return EventGrouping.EARLIEST_FIRST.compare(a, b) <= 0
        ? comparer.compare(a, b)
        : comparer.compare(b, a);
  }
}
