package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.annotate.AnnotationsAcrossAlignment;
import org.parallax.annotate.ProjectedAnnotation;
import org.parallax.evaluation.Engines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.testing.SeedFiles;

/**
 * The canonical case: an annotation made on a Reuters sentence shows on the Diplomat.so sentence
 * the real engine aligns with it, marked as coming from the partner.
 */
class AnnotationsFollowAlignmentTest {

  @TempDir Path temp;

  private static Article bySourceName(List<Article> stored, String name) {
    return stored.stream()
        .filter(article -> article.source().name().endsWith(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void annotationOnAReutersClaimShowsOnTheAlignedDiplomatSentence() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      List<Article> stored =
          workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false).stored();
      Article reuters = bySourceName(stored, SeedFiles.REUTERS);
      Article diplomat = bySourceName(stored, SeedFiles.DIPLOMAT);
      Annotation annotation =
          workspace
              .annotations()
              .annotateQuote(
                  reuters.id(),
                  "The top U.S. envoy to Africa",
                  List.of("changed-name-or-title"),
                  "Diplomat.so credits a different official");
      TextAnalyzer analyzer = TextAnalyzer.create();
      AnalyzedArticle left = analyzer.analyze(reuters);
      AnalyzedArticle right = analyzer.analyze(diplomat);
      Comparison comparison = Engines.standard(false).compare(left, right);

      List<ProjectedAnnotation> shown =
          AnnotationsAcrossAlignment.project(comparison, workspace.annotations().all());

      assertThat(shown)
          .filteredOn(ProjectedAnnotation::fromPartner)
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.onLeft()).isFalse())
          .allSatisfy(p -> assertThat(p.annotation()).isEqualTo(annotation))
          .anySatisfy(
              p ->
                  assertThat(right.sentences().get(p.sentence()).sentence().text())
                      .contains("Senior Bureau Official"));
    }
  }
}
