package org.parallax.workspace;

import org.parallax.index.ArticleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's boilerplate, learnt from its stories and kept until the number of stories
 * changes, because learning it reads every story (about a second per ten thousand).
 */
final class LearntBoilerplate {

  private static final Logger LOG = LoggerFactory.getLogger(LearntBoilerplate.class);

  private final ArticleIndex index;
  private WorkspaceBoilerplate boilerplate;
  private long learntFromStories = -1;

  LearntBoilerplate(ArticleIndex index) {
    this.index = index;
  }

  /** Returns the boilerplate, learnt again when the number of stories has changed since. */
  synchronized WorkspaceBoilerplate current() {
    long stories = index.size();
    if (boilerplate == null || learntFromStories != stories) {
      long start = System.nanoTime();
      boilerplate = WorkspaceBoilerplate.learn(index);
      learntFromStories = stories;
      LOG.info(
          "learnt the boilerplate of {} stories in {} ms (runs in {} stories or more)",
          stories,
          (System.nanoTime() - start) / 1_000_000,
          boilerplate.threshold());
    }
    return boilerplate;
  }

  /**
   * Returns the boilerplate learnt last, learnt again only when the number of stories has changed
   * by more than {@code tolerance} of it since (or it was never learnt).
   */
  synchronized WorkspaceBoilerplate current(double tolerance) {
    long stories = index.size();
    if (boilerplate != null
        && Math.abs(stories - learntFromStories) <= tolerance * learntFromStories) {
      return boilerplate;
    }
    return current();
  }
}
