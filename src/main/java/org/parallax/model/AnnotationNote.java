package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person's note on a passage of an article, in the simple form reports show it.
 *
 * @param article the annotated article
 * @param span the annotated passage in the article's text; null when the note is on the whole
 *     article
 * @param quote the annotated words as they were when the note was written
 * @param tags codebook tags, such as {@code unattributed}
 * @param note the free text of the note; empty when there is none
 * @param author who wrote it; null when unknown
 * @param created when it was written
 */
public record AnnotationNote(
    ArticleId article,
    Span span,
    String quote,
    List<String> tags,
    String note,
    String author,
    Instant created) {
  /** Checks the article is named and copies the tags so the record stays immutable. */
  public AnnotationNote {
    Objects.requireNonNull(article, "article");
    tags = List.copyOf(tags);
    note = note == null ? "" : note;
  }
}
