package org.parallax.annotate;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Annotation;
import org.parallax.model.Comparison;
import org.parallax.model.SentencePair;

/**
 * Carries annotations across a comparison: an annotation on a claim also shows on the claim the
 * other report aligns with it, marked as coming from the partner.
 */
public final class AnnotationsAcrossAlignment {

  private AnnotationsAcrossAlignment() {}

  /**
   * Returns where each annotation shows in the comparison: on its own sentence, and on every
   * sentence of the other side aligned with it.
   *
   * @param comparison the comparison shown
   * @param annotations annotations on either article (others are ignored); orphans are skipped
   */
  public static List<ProjectedAnnotation> project(
      Comparison comparison, List<Annotation> annotations) {
    List<ProjectedAnnotation> shown = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation.isOrphan()) {
        continue;
      }
      boolean onLeft = annotation.article().equals(comparison.left().article().id());
      boolean onRight = annotation.article().equals(comparison.right().article().id());
      if (onLeft) {
        place(annotation, comparison, true, shown);
      }
      if (onRight) {
        place(annotation, comparison, false, shown);
      }
    }
    return shown;
  }

  private static void place(
      Annotation annotation, Comparison comparison, boolean left, List<ProjectedAnnotation> shown) {
    AnalyzedArticle own = left ? comparison.left() : comparison.right();
    for (AnalyzedSentence sentence : own.sentences()) {
      if (!sentence.sentence().span().overlaps(annotation.span())) {
        continue;
      }
      int n = sentence.n();
      shown.add(new ProjectedAnnotation(annotation, left, n, false));
      for (SentencePair pair : comparison.pairs()) {
        List<Integer> ownSide = left ? pair.left() : pair.right();
        List<Integer> otherSide = left ? pair.right() : pair.left();
        if (ownSide.contains(n)) {
          for (int partner : otherSide) {
            shown.add(new ProjectedAnnotation(annotation, !left, partner, true));
          }
        }
      }
    }
  }
}
