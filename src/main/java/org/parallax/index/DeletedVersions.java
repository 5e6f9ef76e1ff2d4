package org.parallax.index;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

/** What every backend checks before putting a deleted story's versions back (a delete undone). */
public final class DeletedVersions {

  private DeletedVersions() {}

  /**
   * Returns the newest version number among a deleted story's versions, after checking that the
   * story was not stored again since: restoring over it would give one story two histories.
   *
   * @param index the backend, committed, so its reads see every stored version
   * @param versions the versions the delete removed, none empty
   * @throws IllegalStateException when the story was stored again after it was deleted
   */
  public static int newestRestorable(ArticleIndex index, List<Article> versions) {
    ArticleId id = versions.get(0).id();
    if (!index.versions(id).isEmpty()) {
      throw new IllegalStateException(
          "article " + id.value() + " was stored again after it was deleted");
    }
    return versions.stream().mapToInt(Article::version).max().orElseThrow();
  }
}
