/**
 * The annotation feature: the board every change goes through, the Annotate… and codebook dialogs,
 * the annotations panel and menu. Article and comparison tabs host it through {@link
 * AnnotationHost}.
 */
package org.parallax.ui.annotate;
