package org.parallax.syndication;

/** Told how far a workspace-wide scan has come. */
@FunctionalInterface
public interface ScanProgress {

  /**
   * Reports progress.
   *
   * @param stage what is being counted: {@code candidates} (articles looked up), {@code verify}
   *     (candidate pairs compared) or {@code recheck} (pairs compared again with embeddings)
   * @param done items finished so far
   * @param total items in this stage
   * @param pairs pairs found so far
   */
  void update(String stage, int done, int total, int pairs);
}
