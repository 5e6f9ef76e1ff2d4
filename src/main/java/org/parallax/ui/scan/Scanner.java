package org.parallax.ui.scan;

import java.io.IOException;
import java.util.Optional;
import org.parallax.syndication.ScanResults;

/** Runs the workspace-wide syndication scan; slow, so never on the UI thread. */
@FunctionalInterface
public interface Scanner {

  /** Scans every article of the workspace for rewrites of another and returns the pairs. */
  ScanResults scan() throws IOException;

  /** Returns the results of the last scan, if the workspace has been scanned. */
  default Optional<ScanResults> saved() throws IOException {
    return Optional.empty();
  }
}
