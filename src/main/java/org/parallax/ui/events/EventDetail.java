package org.parallax.ui.events;

import java.util.Map;
import org.parallax.syndication.EventMatrix;

/**
 * What the Events tab shows of one event once its reports are aligned.
 *
 * @param matrix the claims x reports matrix
 * @param headlines each report's title, or the opening of its text, by report id
 */
public record EventDetail(EventMatrix matrix, Map<String, String> headlines) {

  /** Copies the headlines so the record stays immutable. */
  public EventDetail {
    headlines = Map.copyOf(headlines);
  }
}
