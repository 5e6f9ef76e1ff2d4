package org.parallax.ui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.ArticleId;
import org.parallax.workspace.EventGrouping;
import org.parallax.workspace.EventMatrix;
import org.parallax.workspace.EventResults;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.ReportRef;
import org.parallax.workspace.ScanProgress;
import org.parallax.workspace.Workspace;

/** The events of an open workspace: saved in its folder, aligned by the lexical engine. */
final class WorkspaceEventSource implements EventSource {

  private final Workspace workspace;
  private LexicalComparer comparer;

  WorkspaceEventSource(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Optional<EventResults> saved() throws IOException {
    return EventGrouping.load(workspace.folder());
  }

  @Override
  public EventResults group(ScanProgress progress) throws IOException {
    return EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, progress);
  }

  @Override
  public EventDetail detail(EventGrouping.Event event) {
    EventMatrix matrix = EventMatrix.of(workspace, event, comparer());
    Map<String, String> headlines = new LinkedHashMap<>();
    for (ReportRef report : matrix.reports()) {
      workspace
          .article(new ArticleId(report.id()))
          .ifPresent(article -> headlines.put(report.id(), EventGrouping.headline(article)));
    }
    return new EventDetail(matrix, headlines);
  }

  /** Loads the language models on first use, so opening the window stays quick. */
  private synchronized LexicalComparer comparer() {
    if (comparer == null) {
      comparer = LexicalComparer.standard();
    }
    return comparer;
  }
}
