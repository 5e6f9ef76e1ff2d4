package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.annotate.AnnotationsAcrossAlignment;
import org.parallax.annotate.ProjectedAnnotation;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Annotation;
import org.parallax.model.Comparison;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;
import org.parallax.ui.annotate.AnnotationStyles;

/**
 * Where annotations show in the panes of a comparison, and which article passage a selection in a
 * pane covers. Toolkit-free, so it is unit-tested.
 *
 * <p>A pane shows sentence {@code n} as paragraph {@code n}, one char of the pane per char of the
 * sentence, so an article offset maps to a pane offset through the sentence holding it.
 */
final class AnnotationMarks {

  private AnnotationMarks() {}

  /**
   * Returns the styled runs annotations add to one pane.
   *
   * @param comparison the comparison shown
   * @param document the pane's document
   * @param left true for the left pane
   * @param annotations annotations on either article of the comparison
   */
  static List<StyledRange> runs(
      Comparison comparison, PaneDocument document, boolean left, List<Annotation> annotations) {
    AnalyzedArticle article = left ? comparison.left() : comparison.right();
    List<StyledRange> runs = new ArrayList<>();
    for (ProjectedAnnotation shown : AnnotationsAcrossAlignment.project(comparison, annotations)) {
      if (shown.onLeft() != left || shown.sentence() >= document.paragraphs()) {
        continue;
      }
      AnalyzedSentence sentence = article.sentences().get(shown.sentence());
      Span own = sentence.sentence().span();
      int paragraph = document.paragraphStart().get(shown.sentence());
      if (shown.fromPartner()) {
        runs.add(
            new StyledRange(
                paragraph, paragraph + own.length(), AnnotationStyles.ANNOTATED_PARTNER));
      } else {
        Span passage = shown.annotation().span();
        int from = Math.max(passage.start(), own.start()) - own.start();
        int to = Math.min(passage.end(), own.end()) - own.start();
        if (to > from) {
          runs.add(new StyledRange(paragraph + from, paragraph + to, AnnotationStyles.ANNOTATED));
        }
      }
    }
    return runs;
  }

  /**
   * Returns the projected annotations that show on one sentence of a pane.
   *
   * @param comparison the comparison shown
   * @param left true for the left pane
   * @param sentence the sentence number
   * @param annotations annotations on either article
   */
  static List<ProjectedAnnotation> on(
      Comparison comparison, boolean left, int sentence, List<Annotation> annotations) {
    return AnnotationsAcrossAlignment.project(comparison, annotations).stream()
        .filter(shown -> shown.onLeft() == left && shown.sentence() == sentence)
        .toList();
  }

  /**
   * Returns the article passage a pane selection covers, or empty when it covers no sentence text.
   *
   * @param article the pane's analysed article
   * @param document the pane's document
   * @param start the selection's first char in the pane's text
   * @param end the char after the selection in the pane's text
   */
  static Optional<Span> articleSpan(
      AnalyzedArticle article, PaneDocument document, int start, int end) {
    Integer from = null;
    Integer to = null;
    for (int n = 0; n < document.paragraphs(); n++) {
      Span own = article.sentences().get(n).sentence().span();
      int paragraph = document.paragraphStart().get(n);
      int paragraphEnd = paragraph + own.length();
      int clippedStart = Math.max(start, paragraph);
      int clippedEnd = Math.min(end, paragraphEnd);
      if (clippedEnd > clippedStart) {
        if (from == null) {
          from = own.start() + clippedStart - paragraph;
        }
        to = own.start() + clippedEnd - paragraph;
      }
    }
    return from == null ? Optional.empty() : Optional.of(new Span(from, to));
  }

  /**
   * Returns the article passage of whole sentences (an aligned claim selected without text).
   *
   * @param article the analysed article
   * @param sentences the sentence numbers, in order
   */
  static Optional<Span> sentencesSpan(AnalyzedArticle article, List<Integer> sentences) {
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    Span first = article.sentences().get(sentences.get(0)).sentence().span();
    Span last = article.sentences().get(sentences.get(sentences.size() - 1)).sentence().span();
    return Optional.of(new Span(first.start(), last.end()));
  }
}
