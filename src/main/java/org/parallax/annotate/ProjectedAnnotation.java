package org.parallax.annotate;

import org.parallax.model.Annotation;

/**
 * An annotation as it shows in one pane of a comparison.
 *
 * @param annotation the annotation
 * @param onLeft true when it shows in the left pane
 * @param sentence the sentence number it shows on, in that pane's article
 * @param fromPartner true when it was made on the aligned claim of the other article and only
 *     follows the alignment here
 */
public record ProjectedAnnotation(
    Annotation annotation, boolean onLeft, int sentence, boolean fromPartner) {}
