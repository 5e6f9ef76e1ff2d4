package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.CorrectionKind;
import org.parallax.model.SentencePair;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/** The events matrix of the seed pair follows an analyst's correction of its alignment. */
class EventMatrixCorrectionsTest {

  private static final ArticleId REUTERS = new ArticleId("6736aa315c22263e");
  private static final ArticleId DIPLOMAT = new ArticleId("9edccf9cd2db999b");

  @TempDir Path temp;

  private static EventMatrix.ClaimRow rowStarting(EventMatrix matrix, String words) {
    return matrix.claims().stream()
        .filter(row -> row.text().startsWith(words))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anUnlinkedClaimIsNoLongerCarriedByTheOtherReport() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      Article reuters = workspace.article(REUTERS).orElseThrow();
      Article diplomat = workspace.article(DIPLOMAT).orElseThrow();
      EventGrouping.Event event =
          new EventGrouping.Event(
              REUTERS.value(), "mali", List.of(ReportRef.of(reuters), ReportRef.of(diplomat)));
      Comparer comparer =
          ComparisonService.withoutEmbeddings().correctedBy(workspace.annotations().corrections());
      String fuel = "Over the past year, suspected jihadists";
      assertThat(rowStarting(EventMatrix.of(workspace, event, comparer), fuel).reports())
          .containsExactly(REUTERS.value(), DIPLOMAT.value());
      Comparison shown = comparer.compare(reuters, diplomat);
      SentencePair restated =
          shown.pairs().stream().filter(p -> p.left().contains(28)).findFirst().orElseThrow();
      workspace
          .annotations()
          .corrections()
          .correct(shown, CorrectionKind.UNLINK, restated.left(), restated.right(), "", "");

      EventMatrix corrected = EventMatrix.of(workspace, event, comparer);

      assertThat(rowStarting(corrected, fuel).reports()).containsExactly(REUTERS.value());
    }
  }
}
