package org.parallax.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's correction of what the engine said about two reports, kept apart from the engine's
 * result and applied over it each time the two are compared.
 *
 * <p>The sentences are named by their words (see {@link Passage}), not by number, so a correction
 * finds them again in a new version of either article; one that cannot is an orphan, listed and
 * never dropped.
 *
 * @param id the correction's IRI, such as {@code urn:uuid:...}; stable across export and import
 * @param kind what it changes
 * @param left the left report and the sentences named there
 * @param right the right report and the sentences named there
 * @param value what the analyst set: the relation ({@code same}, {@code changed}, {@code
 *     different}) for {@link CorrectionKind#RELATION}, the difference type for {@link
 *     CorrectionKind#NOT_A_DIFFERENCE}, {@code from>to} types for {@link CorrectionKind#RETYPE},
 *     the verdict's JSON name for {@link CorrectionKind#VERDICT}; empty otherwise
 * @param reason why, in the analyst's words; required for a verdict, may be empty otherwise
 * @param author who made it
 * @param created when it was made; corrections apply in this order
 */
public record Correction(
    String id,
    CorrectionKind kind,
    CorrectionSide left,
    CorrectionSide right,
    String value,
    String reason,
    String author,
    Instant created) {

  /** Checks the required parts; a verdict needs a reason. */
  public Correction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(created, "created");
    value = value == null ? "" : value;
    reason = reason == null ? "" : reason.strip();
    author = author == null ? "" : author;
    if (kind == CorrectionKind.VERDICT && reason.isEmpty()) {
      throw new IllegalArgumentException("a verdict correction needs a reason");
    }
  }

  /** Returns true when an article is gone or a named sentence could not be found again. */
  public boolean isOrphan() {
    return !left.anchored() || !right.anchored();
  }

  /** Returns a copy anchored in other versions of the two articles. */
  public Correction withSides(CorrectionSide newLeft, CorrectionSide newRight) {
    return new Correction(id, kind, newLeft, newRight, value, reason, author, created);
  }

  /** Returns true when it names these two articles, in either order. */
  public boolean concerns(ArticleId a, ArticleId b) {
    return (left.article().equals(a) && right.article().equals(b))
        || (left.article().equals(b) && right.article().equals(a));
  }
}
