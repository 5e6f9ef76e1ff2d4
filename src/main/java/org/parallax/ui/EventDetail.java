package org.parallax.ui;

import java.util.Map;
import org.parallax.syndication.EventMatrix;

/**
 * What the Events tab shows of one event once its reports are aligned.
 *
 * @param matrix the claims x reports matrix
 * @param headlines each report's title, or the opening of its text, by report id
 */
record EventDetail(EventMatrix matrix, Map<String, String> headlines) {

  /** Copies the headlines so the record stays immutable. */
  EventDetail {
    headlines = Map.copyOf(headlines);
  }
}
