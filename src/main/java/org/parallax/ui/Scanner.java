package org.parallax.ui;

import java.io.IOException;
import org.parallax.workspace.ScanResults;

/** Runs the workspace-wide syndication scan; slow, so never on the UI thread. */
@FunctionalInterface
interface Scanner {

  /** Scans every article of the workspace for rewrites of another and returns the pairs. */
  ScanResults scan() throws IOException;
}
