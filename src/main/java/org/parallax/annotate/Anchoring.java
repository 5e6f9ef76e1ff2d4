package org.parallax.annotate;

import org.parallax.model.Annotation;

/**
 * The result of anchoring an annotation in an article version.
 *
 * @param annotation the annotation, with its span and content hash updated (span null for an
 *     orphan)
 * @param method how the passage was found
 */
public record Anchoring(Annotation annotation, AnchorMethod method) {}
