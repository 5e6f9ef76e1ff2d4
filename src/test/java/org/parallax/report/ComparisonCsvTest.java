package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;

class ComparisonCsvTest {

  @Test
  void headerNamesEveryColumn() {
    List<List<String>> rows = Rfc4180Reader.parse(ComparisonCsv.toCsv(ComparisonFixtures.small()));

    assertThat(rows.get(0))
        .containsExactly(
            "pair",
            "left_sentences",
            "right_sentences",
            "left_text",
            "right_text",
            "relation",
            "differences",
            "explanations",
            "similarity",
            "unsourced",
            "by");
  }

  @Test
  void writesOneRowPerPairAndPerOneSidedSentence() {
    List<List<String>> rows = Rfc4180Reader.parse(ComparisonCsv.toCsv(ComparisonFixtures.small()));

    assertThat(rows).hasSize(1 + 2 + 1 + 1);
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(ComparisonCsv.COLUMNS.size()));
    assertThat(rows.stream().skip(1).map(row -> row.get(5)))
        .containsExactly("changed", "same", "left-only", "right-only");
  }

  @Test
  void changedPairCarriesItsDifferenceTypesAndSimilarity() {
    List<String> changed =
        Rfc4180Reader.parse(ComparisonCsv.toCsv(ComparisonFixtures.small())).get(1);

    assertThat(changed.subList(0, 3)).containsExactly("1", "0", "0");
    assertThat(changed.get(6)).isEqualTo("number");
    assertThat(changed.get(8)).isEqualTo("0.8123");
  }

  @Test
  void quotesAndCommasInTextSurviveTheRoundTrip() {
    Comparison comparison = ComparisonFixtures.small();
    List<String> same = Rfc4180Reader.parse(ComparisonCsv.toCsv(comparison)).get(2);

    assertThat(same.get(3)).isEqualTo(comparison.left().sentences().get(1).text());
    assertThat(same.get(3)).contains("\"we are ready\"");
  }

  @Test
  void oneSidedRowSaysWhetherItGivesASource() {
    List<List<String>> rows = Rfc4180Reader.parse(ComparisonCsv.toCsv(ComparisonFixtures.small()));

    assertThat(rows.get(3).get(9)).isEqualTo("false");
    assertThat(rows.get(4).get(9)).isEqualTo("true");
    assertThat(rows.get(4).get(2)).isEqualTo("2");
  }

  @Test
  void textThatLooksLikeAFormulaIsDefused() {
    var left =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article(
                "l", "A", null, null, "=HYPERLINK(1) was 40 now. \"a\" said \"we are ready\". C."));
    var right =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article("r", "B", null, null, "Was 45 now. \"we are ready\". D."));
    List<List<String>> rows =
        Rfc4180Reader.parse(ComparisonCsv.toCsv(ComparisonFixtures.comparison(left, right)));

    assertThat(rows.get(1).get(3)).startsWith("'=HYPERLINK");
  }

  @Test
  void hasNoByteOrderMarkAndEndsRowsWithCrLf() {
    String csv = ComparisonCsv.toCsv(ComparisonFixtures.small());

    assertThat(csv).startsWith("pair,").endsWith("\r\n");
  }
}
