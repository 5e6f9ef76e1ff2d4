package org.parallax.annotate;

import java.util.List;

/**
 * What an import of annotations did.
 *
 * @param added annotations whose id was new
 * @param updated annotations whose id was already stored, now replaced
 * @param orphans imported annotations whose passage could not be found
 * @param problems items that could not be imported, each naming the item and why
 */
public record AnnotationImport(int added, int updated, int orphans, List<String> problems) {

  /** Copies the list so the record stays immutable. */
  public AnnotationImport {
    problems = List.copyOf(problems);
  }
}
