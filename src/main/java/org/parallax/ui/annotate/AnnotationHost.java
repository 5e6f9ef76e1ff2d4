package org.parallax.ui.annotate;

import java.util.Optional;

/** A tab whose words can be annotated: an article or a comparison. */
public interface AnnotationHost {

  /** Lets the user annotate in the tab and shows the annotations made on its articles. */
  void enableAnnotations(AnnotationBoard board);

  /** Returns the annotating part, once annotations are enabled. */
  Optional<? extends Annotator> annotator();
}
