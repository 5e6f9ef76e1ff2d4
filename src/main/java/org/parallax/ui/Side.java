package org.parallax.ui;

/** One of the two panes of a comparison. */
enum Side {
  /** The left pane: usually the earlier report, the presumed source. */
  LEFT,
  /** The right pane. */
  RIGHT
}
