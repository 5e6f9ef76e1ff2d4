package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.annotate.Anchorer;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;
import org.parallax.ui.compare.HandMadeComparison;

/** An article laid out for selection: selections and annotations map to article offsets. */
class ArticleDocumentTest {

  private final Article article = HandMadeComparison.build().left().article();
  private final ArticleDocument document = ArticleDocument.of(article);

  @Test
  void mapsASelectionBackToTheArticleText() {
    int at = document.text().indexOf("landlocked country");

    Span passage = document.articleSpan(at, at + "landlocked country".length()).orElseThrow();

    assertThat(passage.of(article.text())).isEqualTo("landlocked country");
  }

  @Test
  void marksAnAnnotationWhereItsWordsShow() {
    int at = article.text().indexOf("landlocked");
    Annotation annotation =
        new Anchorer()
            .annotate(
                article,
                new Span(at, at + 10),
                List.of("verified"),
                "",
                "tester",
                Instant.parse("2026-03-11T10:00:00Z"));

    List<StyledRange> marks = document.marks(List.of(annotation));

    assertThat(marks)
        .singleElement()
        .satisfies(
            run ->
                assertThat(document.text().substring(run.start(), run.end()))
                    .isEqualTo("landlocked"));
  }
}
