package org.parallax.ui.events;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.IncrementalEvents;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanProgress;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.Workspace;

/**
 * The events of an open workspace: saved in its folder, their reports aligned by the window's own
 * comparer, so a matrix and the comparison it opens agree.
 */
public final class WorkspaceEventSource implements EventSource {

  private final Workspace workspace;
  private final Comparer comparer;

  public WorkspaceEventSource(Workspace workspace, Comparer comparer) {
    this.workspace = workspace;
    this.comparer = comparer;
  }

  @Override
  public Optional<EventResults> saved() throws IOException {
    return EventGrouping.load(workspace.folder());
  }

  @Override
  public EventResults group(ScanProgress progress) throws IOException {
    return IncrementalEvents.regroup(workspace, EventGrouping.DEFAULT_THRESHOLD, progress);
  }

  @Override
  public EventDetail detail(EventGrouping.Event event) {
    EventMatrix matrix = EventMatrix.of(workspace, event, comparer);
    // The matrix's report references carry their headlines: no second read of each article.
    Map<String, String> headlines = new LinkedHashMap<>();
    for (ReportRef report : matrix.reports()) {
      if (report.displayName() != null) {
        headlines.put(report.id(), report.displayName());
      }
    }
    return new EventDetail(matrix, headlines);
  }
}
