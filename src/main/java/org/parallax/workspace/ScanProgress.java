package org.parallax.workspace;

/** Told how far a workspace-wide scan has come. */
@FunctionalInterface
public interface ScanProgress {

  /**
   * Reports progress.
   *
   * @param done articles finished so far
   * @param total articles to scan
   * @param pairs pairs found so far
   */
  void update(int done, int total, int pairs);
}
