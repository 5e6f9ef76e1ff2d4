package org.parallax.syndication.pure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {

  private static final List<String> REPORTS = List.of("wire", "copy", "excerpt", "other");

  /** Wire and copy share four prints, wire and excerpt two; other shares nothing. */
  private static FingerprintTable table(int maxReportsPerPrint) {
    FingerprintTable.Builder builder = FingerprintTable.builder(REPORTS, maxReportsPerPrint);
    builder.add(new int[] {0, 1, 2}, 3);
    builder.add(new int[] {0, 1, 2}, 3);
    builder.add(new int[] {0, 1}, 2);
    builder.add(new int[] {0, 1}, 2);
    builder.add(new int[] {0}, 1);
    builder.add(new int[] {3}, 1);
    return builder.build();
  }

  @Test
  void countsTheShinglesEachReportShares() {
    assertThat(table(10).overlaps("wire", 1, 10))
        .containsExactly(
            new FingerprintTable.Overlap("copy", 4, 5),
            new FingerprintTable.Overlap("excerpt", 2, 5));
  }

  @Test
  void leavesOutReportsSharingFewerThanTheMinimum() {
    assertThat(table(10).overlaps("wire", 3, 10))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("copy");
  }

  @Test
  void asksAShortReportOnlyForTheShinglesItHas() {
    assertThat(table(10).overlaps("excerpt", 3, 10))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("copy", "wire");
  }

  @Test
  void keepsTheMostSharedFirstUpToTheLimit() {
    assertThat(table(10).overlaps("wire", 1, 1))
        .extracting(FingerprintTable.Overlap::other)
        .containsExactly("copy");
  }

  @Test
  void leavesStockPhrasesOutOfTheCountButNotOutOfTheTotal() {
    FingerprintTable table = table(2);

    assertThat(table.stockPhrases()).isEqualTo(2);
    assertThat(table.overlaps("wire", 1, 10))
        .containsExactly(new FingerprintTable.Overlap("copy", 2, 5));
  }

  @Test
  void repeatedLookUpsGiveTheSameAnswer() {
    FingerprintTable table = table(10);

    assertThat(table.overlaps("copy", 1, 10)).isEqualTo(table.overlaps("copy", 1, 10));
  }

  @Test
  void findsNothingForAReportItDoesNotHold() {
    assertThat(table(10).overlaps("missing", 1, 10)).isEmpty();
    assertThat(table(10).overlaps("other", 1, 10)).isEmpty();
  }

  @Test
  void containmentIsTheSharedShareOfTheLookedUpReport() {
    assertThat(new FingerprintTable.Overlap("copy", 4, 5).containment()).isEqualTo(0.8);
  }
}
