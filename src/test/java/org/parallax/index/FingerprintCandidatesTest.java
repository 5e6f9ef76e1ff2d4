package org.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleId;

class FingerprintCandidatesTest {

  private static final String[] WIRE = {
    "The port authority of Valparaiso said on Tuesday that a fire in a grain warehouse had destroyed"
        + " more than 40,000 tonnes of wheat and forced the closure of two berths.",
    "Firefighters needed nine hours to bring the blaze under control, according to the regional"
        + " emergency office, which said no one was hurt."
  };

  @TempDir Path temp;
  private ArticleIndex index;

  @BeforeEach
  void storeReports() throws Exception {
    index = ArticleIndex.open(temp.resolve("index"));
    index.store(TestArticles.article("wire", "Reuters", "t", "2026-03-03", WIRE), Instant.EPOCH);
    index.store(
        TestArticles.article(
            "copy", "Courier", "t", "2026-03-04", WIRE[0], WIRE[1], "Farmers asked for help."),
        Instant.EPOCH);
    index.store(
        TestArticles.article("late-copy", "Courier", "t", "2026-06-04", WIRE[0], WIRE[1]),
        Instant.EPOCH);
    index.store(
        TestArticles.article(
            "other",
            "Baltic News",
            "t",
            "2026-03-04",
            "The national orchestra of Estonia opened its season in Tallinn on Friday with a new"
                + " symphony by a young composer from Tartu."),
        Instant.EPOCH);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> candidateIds(String id, Duration window) {
    return index.candidates(new ArticleId(id), 3, window, 10).stream()
        .map(match -> match.id().value())
        .toList();
  }

  @Test
  void findsReportsSharingAtLeastKFingerprints() {
    assertThat(candidateIds("wire", null)).containsExactlyInAnyOrder("copy", "late-copy");
  }

  @Test
  void countsTheSharedFingerprintsOfEachCandidate() {
    FingerprintMatch match = index.candidates(new ArticleId("wire"), 3, null, 10).get(0);

    assertThat(match.shared()).isGreaterThanOrEqualTo(3).isEqualTo(match.of());
    assertThat(match.containment()).isEqualTo(1.0);
  }

  @Test
  void leavesOutReportsOutsideTheWindow() {
    assertThat(candidateIds("wire", Duration.ofDays(7))).containsExactly("copy");
  }

  @Test
  void findsNothingForAnUnrelatedReport() {
    assertThat(candidateIds("other", null)).isEmpty();
  }

  @Test
  void listsCurrentIdsPublishedSinceAnInstant() {
    assertThat(index.currentIds(Instant.parse("2026-03-04T00:00:00Z")))
        .extracting(ArticleId::value)
        .containsExactly("copy", "late-copy", "other");
  }

  @Test
  void hasNoFingerprintsToAddToVersionsStoredWithThem() {
    assertThat(index.addMissingFingerprints()).isZero();
  }
}
