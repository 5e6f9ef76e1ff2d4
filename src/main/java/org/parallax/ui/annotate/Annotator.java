package org.parallax.ui.annotate;

import org.parallax.model.Annotation;

/** The annotating part of a tab: annotate the selection, and find and show an annotation. */
public interface Annotator {

  /** Opens the Annotate… dialog on what the user selected in the tab. */
  void annotate();

  /** Returns true when an annotation is on an article the tab shows. */
  boolean shows(Annotation annotation);

  /** Scrolls to an annotation and selects its words; returns false when it is not found. */
  boolean reveal(Annotation annotation);
}
