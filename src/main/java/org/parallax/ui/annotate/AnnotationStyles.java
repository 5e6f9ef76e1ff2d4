package org.parallax.ui.annotate;

/** The CSS style classes that mark annotated words, named once for every tab and the CSS. */
public final class AnnotationStyles {

  /** An annotated passage (made on this article). */
  public static final String ANNOTATED = "annotated";

  /** A claim whose aligned claim in the other report carries an annotation. */
  public static final String ANNOTATED_PARTNER = "annotated-partner";

  private AnnotationStyles() {}
}
