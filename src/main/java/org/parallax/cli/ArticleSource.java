package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.StockPhrases;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a command-line argument into an article: a file of any supported format (its first
 * article), else the id of an article in the workspace.
 *
 * <p>The workspace is opened only when an argument is not a file, and only if it already exists: a
 * comparison of two files never creates or locks a workspace.
 */
final class ArticleSource implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleSource.class);

  private final String workspaceOption;
  private final IndexChoice library;
  private final ArticleReaders readers = ArticleReaders.standard();
  private final Map<String, Article> resolved = new HashMap<>();
  private Workspace workspace;
  private boolean owned = true;

  ArticleSource(String workspaceOption, IndexChoice library) {
    this.workspaceOption = workspaceOption;
    this.library = library;
  }

  /** Resolves ids in a workspace the caller opened (and closes). */
  ArticleSource(Workspace opened) {
    this.workspaceOption = opened.folder().toString();
    this.library = opened.library();
    this.workspace = opened;
    this.owned = false;
  }

  /**
   * Returns the article an argument names.
   *
   * @throws IllegalArgumentException with a message a person can act on when it names none
   */
  Article resolve(String argument) {
    Article article = resolved.get(argument);
    if (article == null) {
      article = load(argument);
      resolved.put(argument, article);
    }
    return article;
  }

  private Article load(String argument) {
    Path file = Path.of(argument);
    if (Files.isRegularFile(file)) {
      try {
        List<Article> articles = readers.read(file);
        if (articles.isEmpty()) {
          throw new IllegalArgumentException(argument + ": the file holds no article");
        }
        return articles.get(0);
      } catch (IngestException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(argument + " is a folder; name one file or article id");
    }
    return fromWorkspace(argument);
  }

  private Article fromWorkspace(String id) {
    if (looksLikeFileName(id)) {
      // Ids are bare hex; a name with a folder or an extension is a file that is not there.
      throw new IllegalArgumentException(
          id + ": no such file (check the name and folder; run from the folder that holds it)");
    }
    Path folder = WorkspaceLocation.resolve(workspaceOption);
    if (!Workspace.exists(folder)) {
      throw new IllegalArgumentException(
          id + ": no such file, and no workspace at " + folder + " to look the id up in");
    }
    try {
      if (workspace == null) {
        workspace = Workspace.openForReading(folder, library);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(id + ": cannot open the workspace: " + e.getMessage(), e);
    }
    return workspace
        .article(new ArticleId(id))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    id
                        + ": no such file, and no article with that id in the workspace "
                        + folder
                        + " (list ids with `parallax search`)"));
  }

  private static boolean looksLikeFileName(String argument) {
    return argument.contains("/") || argument.contains("\\") || argument.contains(".");
  }

  /**
   * Returns the comparer to use: the service with the workspace's corrections applied when a
   * workspace exists (for files too: a file's id is its content's, as when it was ingested), the
   * service alone otherwise. Opens the workspace for reading, never creates it.
   */
  Comparer correcting(ComparisonService service) {
    Path folder = WorkspaceLocation.resolve(workspaceOption);
    if (workspace == null && Workspace.exists(folder)) {
      try {
        workspace = Workspace.openForReading(folder, library);
      } catch (IOException e) {
        // The comparison itself needs no workspace: it runs, without the analysts' corrections.
        LOG.warn("could not open the workspace {} for its corrections: {}", folder, e.toString());
      }
    }
    return workspace == null ? service : service.correctedBy(workspace.annotations().corrections());
  }

  /**
   * Returns the boilerplate of the workspace the articles came from, or none when both came from
   * files (the workspace was never opened).
   */
  StockPhrases boilerplate() {
    return workspace == null ? StockPhrases.NONE : workspace.boilerplate();
  }

  /**
   * Returns the workspace annotations on the two articles of a comparison, for the evidence report;
   * empty when both came from files (the workspace was never opened).
   */
  List<AnnotationNote> annotationsOn(Comparison comparison) {
    if (workspace == null) {
      return List.of();
    }
    List<AnnotationNote> notes = new ArrayList<>();
    notes.addAll(workspace.annotations().notesOn(comparison.left().article()));
    notes.addAll(workspace.annotations().notesOn(comparison.right().article()));
    return notes;
  }

  @Override
  public void close() {
    if (workspace != null && owned) {
      workspace.close();
    }
  }
}
