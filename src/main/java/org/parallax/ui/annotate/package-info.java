/**
 * The annotation feature: the board every change goes through, the Annotate… and codebook dialogs,
 * the annotations panel and menu. Article and comparison tabs host it through {@link
 * org.parallax.ui.annotate.AnnotationHost}.
 */
package org.parallax.ui.annotate;
