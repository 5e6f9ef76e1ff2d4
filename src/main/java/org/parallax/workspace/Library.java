package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.IngestReport;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;

/**
 * The articles of a workspace: what the window and the command line ingest, search and read.
 *
 * <p>Thread-safe: the window ingests on a background thread while it searches.
 */
public interface Library {

  /**
   * Returns which library the articles live in, in words for a status line: the embedded index, or
   * the shared archive's {@code --index} value.
   */
  default String whereArticlesLive() {
    return "embedded index";
  }

  /**
   * Ingests files and folders (recursively); files that fail are listed, the rest stored.
   *
   * @param paths files or folders
   * @param progress told after each file
   * @param cancelled polled between files; when it returns true the ingest stops, keeping what it
   *     stored
   */
  IngestReport ingest(List<Path> paths, IngestProgress progress, BooleanSupplier cancelled);

  /**
   * Ingests pasted text as a new article.
   *
   * @param name a name for the text, used as its source file name
   * @param text the pasted text
   */
  IngestReport ingestText(String name, String text);

  /** Searches the current version of every article. */
  SearchResults search(SearchRequest request);

  /**
   * Lists every article matching a search (up to its limit) in the order asked, as rows of the
   * library table: facet counts, no snippets and no sorting by date flag (the order says it).
   */
  SearchResults browse(SearchRequest request, LibraryOrder order);

  /**
   * Returns where a query matches in an article: an extract with the matched words in {@code <b>}
   * (other text escaped for HTML), empty when nothing in its body matches.
   */
  String snippet(ArticleId id, String query);

  /** Returns the current version of an article. */
  Optional<Article> article(ArticleId id);

  /** Returns every stored version of an article, oldest first. */
  List<Article> versions(ArticleId id);

  /** Returns the other reports on the same event as {@code id}, best first. */
  List<SearchHit> related(ArticleId id, int limit);

  /** Returns how many articles (current versions) the workspace holds. */
  long size();

  /** Returns the folder holding the library, where its saved scan and events live. */
  Path folder();

  /** Returns the current version of every article, in id order. */
  List<Article> articles();

  /**
   * Deletes an article: every version and its original files (unless another article uses them).
   * Its annotations stay in the annotation file as orphans. The caller also takes it out of the
   * saved scan and events results ({@code org.parallax.syndication.SavedResults}).
   *
   * @param id the article
   * @return what was removed, for {@link #restore}; empty when no such article is stored
   * @throws IOException when an original or a saved result cannot be changed
   */
  Optional<DeletedArticle> delete(ArticleId id) throws IOException;

  /**
   * Undoes a {@link #delete}: the versions and originals come back as they were (the caller
   * restores the saved scan and events results).
   *
   * @param deleted what the deletion returned
   * @throws IllegalStateException when the article was stored again in between
   */
  void restore(DeletedArticle deleted) throws IOException;
}
