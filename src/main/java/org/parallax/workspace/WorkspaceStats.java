package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;
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
 * @param lastScan when the last saved scan ran (ISO-8601), null when never
 * @param lastEvents when the last saved events grouping ran (ISO-8601), null when never
 */
public record WorkspaceStats(
    long articles,
    long outlets,
    long undated,
    Published earliest,
    Published latest,
    long indexBytes,
    String lastScan,
    String lastEvents) {

  /** Computes the figures of a workspace from its current articles and saved results. */
  static WorkspaceStats of(Path folder, List<Article> current, long indexBytes) throws IOException {
    Comparator<Published> byTime = Comparator.comparingLong(Published::approximateEpochMillis);
    List<Published> dates =
        current.stream().map(Article::published).filter(Objects::nonNull).toList();
    return new WorkspaceStats(
        current.size(),
        current.stream().map(Article::outlet).filter(Objects::nonNull).distinct().count(),
        current.size() - dates.size(),
        dates.stream().min(byTime).orElse(null),
        dates.stream().max(byTime).orElse(null),
        indexBytes,
        SyndicationScan.load(folder).map(ScanResults::scannedAt).orElse(null),
        EventGrouping.load(folder).map(EventResults::groupedAt).orElse(null));
  }
}
