package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A researcher's note on a passage of an article: tags from a codebook, a free note, who and when.
 *
 * <p>The passage is identified twice, as the W3C Web Annotation model recommends: by its words and
 * their context ({@code exact}, {@code prefix}, {@code suffix}), which survive edits elsewhere in
 * the article, and by position ({@code span}), which is fast but breaks when text moves.
 *
 * @param id the annotation's IRI, such as {@code urn:uuid:...}; stable across export and import
 * @param article the annotated article
 * @param targetSource the W3C target source: the article's URL, else {@code
 *     urn:parallax:article:ID}
 * @param contentHash the content hash of the article version the span points into
 * @param span where the passage lies in that version's text; null when it could not be found
 * @param exact the annotated words as written
 * @param prefix up to 32 chars of text before them
 * @param suffix up to 32 chars of text after them
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
    Span span,
    String exact,
    String prefix,
    String suffix,
    List<String> tags,
    String note,
    String author,
    Instant created,
    Instant modified) {

  /** Checks the required parts and copies the tags. */
  public Annotation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(exact, "exact");
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
    note = note == null ? "" : note;
    tags = List.copyOf(tags);
  }

  /** Returns true when the passage could not be found in the article's current text. */
  public boolean isOrphan() {
    return span == null;
  }

  /**
   * Returns a copy with other tags and note, marked modified at {@code when}: the passage, author
   * and creation time stay.
   */
  public Annotation edited(List<String> newTags, String newNote, Instant when) {
    return new Annotation(
        id,
        article,
        targetSource,
        contentHash,
        span,
        exact,
        prefix,
        suffix,
        newTags,
        newNote,
        author,
        created,
        when);
  }

  /** Returns a copy anchored to {@code newSpan} in the version with {@code newContentHash}. */
  public Annotation anchoredAt(Span newSpan, String newContentHash) {
    return new Annotation(
        id,
        article,
        targetSource,
        newContentHash,
        newSpan,
        exact,
        prefix,
        suffix,
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
