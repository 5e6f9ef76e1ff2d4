package org.parallax.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parallax.model.Article;
import org.parallax.model.Published;

/**
 * The figures that describe a workspace at a glance.
 *
 * @param articles stories stored (current versions)
 * @param outlets distinct known outlets
 * @param undated stories without a publication date
 * @param earliest the earliest publication, null when none is dated
 * @param latest the latest publication, null when none is dated
 * @param indexBytes bytes the index takes on disk
 */
public record WorkspaceStats(
    long articles,
    long outlets,
    long undated,
    Published earliest,
    Published latest,
    long indexBytes) {

  /** Computes the figures of a workspace from its current articles. */
  static WorkspaceStats of(List<Article> current, long indexBytes) {
    Comparator<Published> byTime = Comparator.comparingLong(Published::approximateEpochMillis);
    List<Published> dates =
        current.stream().map(Article::published).filter(Objects::nonNull).toList();
    return new WorkspaceStats(
        current.size(),
        current.stream().map(Article::outlet).filter(Objects::nonNull).distinct().count(),
        current.size() - dates.size(),
        dates.stream().min(byTime).orElse(null),
        dates.stream().max(byTime).orElse(null),
        indexBytes);
  }
}
