package org.parallax.ui.annotate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Span;
import org.parallax.workspace.WorkspaceAnnotations;

/**
 * The workspace's annotations as the window shares them: every change goes through here and bumps
 * {@link #revisionProperty()}, so text views, the panel and the codebook menu refresh together.
 *
 * <p>Saves are small (one JSON-LD file) and run on the calling thread: an annotation is on disk
 * when the dialog closes.
 */
public final class AnnotationBoard {

  private final WorkspaceAnnotations annotations;
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

  public AnnotationBoard(WorkspaceAnnotations annotations) {
    this.annotations = annotations;
  }

  /** Returns a counter that changes after every change to annotations or the codebook. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** Returns every annotation, in the order they were first saved. */
  List<Annotation> all() {
    return annotations.all();
  }

  /** Returns the annotations on one article. */
  public List<Annotation> forArticle(ArticleId article) {
    return annotations.forArticle(article);
  }

  /** Returns the codebook's tags. */
  List<String> codebook() {
    return annotations.codebook().tags();
  }

  /** Returns who new annotations are signed by. */
  String author() {
    return annotations.settings().author();
  }

  /**
   * Changes who new annotations are signed by, saved in the workspace settings.
   *
   * @throws IOException when the settings cannot be saved
   */
  void setAuthor(String name) throws IOException {
    annotations.settings().setAuthor(name);
    changed();
  }

  /** Returns the current version of an article, if stored. */
  Optional<Article> article(ArticleId id) {
    return annotations.texts().current(id);
  }

  /**
   * Annotates a passage and saves it at once.
   *
   * @throws IOException when it cannot be saved; nothing changed then
   */
  Annotation annotate(Article article, Span span, List<String> tags, String note)
      throws IOException {
    Annotation made = annotations.annotate(article, span, tags, note);
    changed();
    return made;
  }

  /**
   * Replaces an annotation's tags and note and saves at once; it keeps its id, passage and author.
   *
   * @throws IOException when it cannot be saved; nothing changed then
   */
  Annotation edit(Annotation annotation, List<String> tags, String note) throws IOException {
    Annotation edited = annotation.edited(tags, note, Instant.now());
    annotations.save(edited);
    changed();
    return edited;
  }

  /**
   * Deletes an annotation and saves at once.
   *
   * @throws IOException when it cannot be saved; nothing changed then
   */
  void delete(String annotationId) throws IOException {
    annotations.delete(annotationId);
    changed();
  }

  /**
   * Adds a tag to the codebook.
   *
   * @throws IOException when the codebook cannot be saved
   */
  String addTag(String tag) throws IOException {
    String added = annotations.codebook().add(tag);
    changed();
    return added;
  }

  /**
   * Removes a tag from the codebook; annotations that carry it keep it.
   *
   * @throws IOException when the codebook cannot be saved
   */
  void removeTag(String tag) throws IOException {
    annotations.codebook().remove(tag);
    changed();
  }

  /** Tells listeners that annotations changed elsewhere (an ingest re-anchored some). */
  void changed() {
    revision.set(revision.get() + 1);
  }
}
