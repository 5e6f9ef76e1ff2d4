package org.parallax.index;

import java.util.List;

/**
 * What the annotations on an article make searchable: their tags, notes and authors.
 *
 * @param tags codebook tags, searchable as {@code tag:} and counted in the annotation tag facet
 * @param notes free notes, searchable as {@code note:}
 * @param authors who wrote them, searchable as {@code annotator:}
 */
public record AnnotationTerms(List<String> tags, List<String> notes, List<String> authors) {

  /** The terms of an article without annotations. */
  public static final AnnotationTerms NONE = new AnnotationTerms(List.of(), List.of(), List.of());

  /** Copies the lists so the record stays immutable. */
  public AnnotationTerms {
    tags = List.copyOf(tags);
    notes = List.copyOf(notes);
    authors = List.copyOf(authors);
  }
}
