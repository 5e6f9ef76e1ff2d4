package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A researcher's note on a passage of an article: tags from a codebook, a free note, who and when.
 *
 * <p>The passage is identified twice, as the W3C Web Annotation model recommends and as a
 * correction names its sentences (see {@link Passage}): by its words and their context, which
 * survive edits elsewhere in the article, and by position, which is fast but breaks when text
 * moves.
 *
 * @param id the annotation's IRI, such as {@code urn:uuid:...}; stable across export and import
 * @param article the annotated article
 * @param targetSource the W3C target source: the article's URL, else {@code
 *     urn:parallax:article:ID}
 * @param contentHash the content hash of the article version the passage's span points into
 * @param passage the annotated words, their context, and where they lie in that version's text
 * @param tags codebook tags, in the order the user chose them
 * @param note free text, empty when none
 * @param author who wrote it
 * @param created when it was first saved
 * @param modified when it was last changed
 */
public record Annotation(
    String id,
    ArticleId article,
    String targetSource,
    String contentHash,
    Passage passage,
    List<String> tags,
    String note,
    String author,
    Instant created,
    Instant modified) {

  /** Checks the required parts and copies the tags. */
  public Annotation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(passage, "passage");
    note = note == null ? "" : note;
    tags = List.copyOf(tags);
  }

  /** Returns where the passage lies in the text of version {@link #contentHash}; null if lost. */
  public Span span() {
    return passage.span();
  }

  /** Returns the annotated words as written. */
  public String exact() {
    return passage.exact();
  }

  /** Returns true when the passage could not be found in the article's current text. */
  public boolean isOrphan() {
    return passage.span() == null;
  }

  /**
   * Returns a copy with other tags and note, marked modified at {@code when}: the passage, author
   * and creation time stay.
   */
  public Annotation edited(List<String> newTags, String newNote, Instant when) {
    return new Annotation(
        id, article, targetSource, contentHash, passage, newTags, newNote, author, created, when);
  }

  /** Returns a copy anchored to {@code newSpan} in the version with {@code newContentHash}. */
  public Annotation anchoredAt(Span newSpan, String newContentHash) {
    return new Annotation(
        id,
        article,
        targetSource,
        newContentHash,
        passage.at(newSpan),
        tags,
        note,
        author,
        created,
        modified);
  }

  /** Returns the W3C target source IRI for an article: its URL, else a Parallax URN. */
  public static String targetSourceOf(Article article) {
    return article.url() != null && !article.url().isBlank()
        ? article.url()
        : "urn:parallax:article:" + article.id().value();
  }
}
