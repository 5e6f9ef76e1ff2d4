package org.parallax.ui.compare;

/** One of the two panes of a comparison. */
public enum Side {
  /** The left pane: usually the earlier report, the presumed source. */
  LEFT,
  /** The right pane. */
  RIGHT
}
