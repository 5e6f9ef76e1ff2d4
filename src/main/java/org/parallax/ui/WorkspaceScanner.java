package org.parallax.ui;

import java.io.IOException;
import java.util.Optional;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.ScanResults;
import org.parallax.workspace.SyndicationScan;
import org.parallax.workspace.Workspace;

/** The syndication scan of the window's workspace, and the results it saved last time. */
final class WorkspaceScanner implements Scanner {

  private final Workspace workspace;

  WorkspaceScanner(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public ScanResults scan() throws IOException {
    return new SyndicationScan(workspace, LexicalComparer.standard())
        .run(null, (stage, done, total, pairs) -> {});
  }

  @Override
  public Optional<ScanResults> saved() throws IOException {
    return SyndicationScan.load(workspace.folder());
  }
}
