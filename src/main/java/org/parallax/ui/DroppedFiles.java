package org.parallax.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.IngestReport;
import org.parallax.workspace.Library;
import org.parallax.workspace.SearchRequest;

/**
 * The articles two dropped files became, found by the file's name among what the import just stored
 * or, for a file stored before (a duplicate), the latest article read from a file of that name.
 */
final class DroppedFiles {

  private static final int ALL = 100_000;

  private DroppedFiles() {}

  /**
   * Returns the article each of two dropped files became, in the files' order.
   *
   * @throws IllegalStateException when one of them cannot be found
   */
  static List<Article> bothArticles(Library library, IngestReport report, List<Path> files) {
    List<Article> found =
        files.stream()
            .map(p -> findBySource(library, report, p))
            .flatMap(Optional::stream)
            .toList();
    if (found.size() != files.size()) {
      throw new IllegalStateException(
          "Only " + found.size() + " of the two dropped files could be read");
    }
    return found;
  }

  private static Optional<Article> findBySource(Library library, IngestReport report, Path file) {
    String name = file.getFileName().toString();
    Optional<Article> stored =
        report.stored().stream()
            .filter(a -> a.source() != null && a.source().name().equals(name))
            .findFirst();
    if (stored.isPresent()) {
      return stored;
    }
    return library.search(SearchRequest.of("", ALL)).hits().stream()
        .map(hit -> library.article(hit.id()))
        .flatMap(Optional::stream)
        .filter(a -> a.source() != null && a.source().name().equals(name))
        .max(Comparator.comparing(Article::ingestedAt, Comparator.nullsFirst(Instant::compareTo)));
  }
}
