package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.annotate.Anchorer;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;
import org.parallax.ui.annotate.AnnotationStyles;

/** Where annotations show in comparison panes, and how pane selections map to article text. */
class AnnotationMarksTest {

  private final Comparison comparison = HandMadeComparison.build();
  private final ComparisonViewModel viewModel = new ComparisonViewModel(comparison);

  private Annotation onLeft(String words) {
    Article article = comparison.left().article();
    int at = article.text().indexOf(words);
    return new Anchorer()
        .annotate(
            article,
            new Span(at, at + words.length()),
            List.of("changed-name-or-title"),
            "",
            "tester",
            Instant.parse("2026-03-11T10:00:00Z"));
  }

  @Test
  void marksTheAnnotatedWordsInTheirOwnPane() {
    PaneDocument left = viewModel.document(Side.LEFT);

    List<StyledRange> runs =
        AnnotationMarks.runs(comparison, left, true, List.of(onLeft("envoy visited")));

    assertThat(runs)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(left.text().substring(run.start(), run.end())).isEqualTo("envoy visited");
              assertThat(run.styleClass()).isEqualTo(AnnotationStyles.ANNOTATED);
            });
  }

  @Test
  void marksTheAlignedClaimOfTheOtherPaneAsFromThePartner() {
    PaneDocument right = viewModel.document(Side.RIGHT);

    List<StyledRange> runs =
        AnnotationMarks.runs(comparison, right, false, List.of(onLeft("envoy visited")));

    assertThat(runs)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(right.text().substring(run.start(), run.end()))
                  .isEqualTo(HandMadeComparison.SITE[0]);
              assertThat(run.styleClass()).isEqualTo(AnnotationStyles.ANNOTATED_PARTNER);
            });
  }

  @Test
  void mapsAPaneSelectionToTheArticlePassage() {
    PaneDocument right = viewModel.document(Side.RIGHT);
    int at = right.text().indexOf("a step toward trust");

    Span passage =
        AnnotationMarks.articleSpan(comparison.right(), right, at, at + 19).orElseThrow();

    assertThat(passage.of(comparison.right().article().text())).isEqualTo("a step toward trust");
  }
}
