package org.parallax.ui.scan;

import java.io.IOException;
import java.util.Optional;
import org.parallax.syndication.ScanResults;
import org.parallax.syndication.SyndicationScan;
import org.parallax.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The syndication scan of the window's workspace, and the results it saved last time. */
public final class WorkspaceScanner implements Scanner {

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceScanner.class);

  private final Workspace workspace;

  public WorkspaceScanner(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public ScanResults scan() throws IOException {
    return SyndicationScan.standard(workspace).run(null, (stage, done, total, pairs) -> {});
  }

  /** Returns the saved results; a damaged results file counts as none, so the scan runs anew. */
  @Override
  public Optional<ScanResults> saved() {
    try {
      return SyndicationScan.load(workspace.folder());
    } catch (IOException e) {
      LOG.warn("Scanning again: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
