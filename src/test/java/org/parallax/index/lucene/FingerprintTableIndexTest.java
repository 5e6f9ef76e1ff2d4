package org.parallax.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testing.Articles.article;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.ArticleIndexContract;
import org.parallax.model.ArticleId;
import org.parallax.syndication.pure.FingerprintTable;

class FingerprintTableIndexTest {

  @TempDir Path temp;
  private LuceneArticleIndex index;

  @BeforeEach
  void storeReports() throws Exception {
    index = LuceneArticleIndex.open(temp.resolve("index"));
    index.store(
        article("wire", "Reuters", "t", "2026-03-03", ArticleIndexContract.WIRE), Instant.EPOCH);
    index.store(
        article(
            "copy",
            "Courier",
            "t",
            "2026-03-04",
            ArticleIndexContract.WIRE[0],
            ArticleIndexContract.WIRE[1],
            "Farmers asked for help."),
        Instant.EPOCH);
    index.store(
        article(
            "late-copy",
            "Courier",
            "t",
            "2026-06-04",
            ArticleIndexContract.WIRE[0],
            ArticleIndexContract.WIRE[1]),
        Instant.EPOCH);
    index.store(
        article(
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

  @Test
  void findsTheCurrentReportsSharingAtLeastKFingerprints() {
    FingerprintTable table = index.fingerprintTable(100);

    assertThat(table.overlaps("wire", 3, 10))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactlyInAnyOrder("copy", "late-copy");
    assertThat(table.overlaps("other", 3, 10)).isEmpty();
  }

  @Test
  void countsTheSharedFingerprintsOfACopy() {
    FingerprintTable.Overlap copy = index.fingerprintTable(100).overlaps("wire", 3, 10).get(0);

    assertThat(copy.shared()).isGreaterThanOrEqualTo(3).isEqualTo(copy.of());
    assertThat(copy.containment()).isEqualTo(1.0);
  }

  @Test
  void tableHoldsOnlyTheCurrentVersionOfAReport() {
    index.store(
        article("copy", "Courier", "t", "2026-03-05", "Farmers asked for help."), Instant.EPOCH);
    index.commit();

    assertThat(index.fingerprintTable(100).overlaps("wire", 3, 10))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("late-copy");
  }

  @Test
  void tableLeavesOutPhrasesCarriedByMoreReportsThanTheCap() {
    FingerprintTable table = index.fingerprintTable(2);

    assertThat(table.stockPhrases()).isPositive();
    assertThat(table.overlaps("wire", 3, 10)).isEmpty();
  }

  @Test
  void oneReportsQueryFindsWhatTheTableFinds() {
    for (int cap : new int[] {2, 100}) {
      FingerprintTable table = index.fingerprintTable(cap);
      for (String id : new String[] {"wire", "copy", "late-copy", "other"}) {
        assertThat(index.fingerprintOverlaps(new ArticleId(id), 3, 10, cap))
            .as("%s with a cap of %d", id, cap)
            .isEqualTo(table.overlaps(id, 3, 10));
      }
    }
  }

  @Test
  void oneReportsQueryLeavesOutEarlierVersions() {
    index.store(
        article("copy", "Courier", "t", "2026-03-05", "Farmers asked for help."), Instant.EPOCH);
    index.commit();

    assertThat(index.fingerprintOverlaps(new ArticleId("wire"), 3, 10, 100))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("late-copy");
    assertThat(index.fingerprintOverlaps(new ArticleId("missing"), 3, 10, 100)).isEmpty();
  }
}
