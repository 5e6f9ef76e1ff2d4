package org.parallax.workspace;

import java.util.List;
import java.util.Map;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

/**
 * What deleting an article removed, kept so the deletion can be undone ({@link Workspace#restore}).
 *
 * @param id the story deleted
 * @param versions every version removed from the index, oldest first
 * @param originals the original files removed, by the SHA-256 that names them (files another
 *     article still uses are kept and not listed)
 * @param orphanedAnnotations the annotations on the story, which stay in the annotation file with
 *     no article to point into until it is restored or ingested again
 */
public record DeletedArticle(
    ArticleId id,
    List<Article> versions,
    Map<String, byte[]> originals,
    List<Annotation> orphanedAnnotations) {

  /** Copies the collections so the record stays immutable. */
  public DeletedArticle {
    versions = List.copyOf(versions);
    originals = Map.copyOf(originals);
    orphanedAnnotations = List.copyOf(orphanedAnnotations);
  }

  /** Returns the current version that was deleted (the latest). */
  public Article current() {
    return versions.get(versions.size() - 1);
  }
}
