package org.parallax.ui.events;

import java.io.IOException;
import java.util.Optional;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ScanProgress;

/** The workspace's events as the Events tab needs them; slow, so never on the UI thread. */
public interface EventSource {

  /** Returns the events saved by the last grouping, if the workspace has been grouped. */
  Optional<EventResults> saved() throws IOException;

  /**
   * Groups the workspace into events again, saves and returns them.
   *
   * @param progress told after each article linked
   */
  EventResults group(ScanProgress progress) throws IOException;

  /** Aligns the reports of an event into its claims x reports matrix and names each report. */
  EventDetail detail(EventGrouping.Event event);
}
