package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.correction.CorrectionApplier;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;
import org.parallax.model.SentencePair;

/** A comparison an analyst corrected, in the JSON and the HTML evidence report. */
class CorrectedComparisonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Correction correction(
      Comparison machine, String id, CorrectionKind kind, String value, String reason) {
    return new Correction(
        id,
        kind,
        side(machine, true),
        side(machine, false),
        value,
        reason,
        "Ana Analyst",
        Instant.parse("2026-03-11T09:00:00Z"));
  }

  private static CorrectionSide side(Comparison machine, boolean left) {
    var article = (left ? machine.left() : machine.right()).article();
    return new CorrectionSide(
        article.id(),
        article.url(),
        article.contentHash(),
        List.of(new Passage(null, "Officials said", "", "")));
  }

  /** The fixture with its number difference dismissed and its verdict set by an analyst. */
  private static Comparison corrected() {
    Comparison machine = ComparisonFixtures.small();
    Correction dismissal =
        correction(machine, "urn:uuid:dismiss", CorrectionKind.NOT_A_DIFFERENCE, "number", "");
    Correction verdict =
        correction(
            machine, "urn:uuid:verdict", CorrectionKind.VERDICT, "independent", "a press release");
    return CorrectionApplier.apply(
        machine,
        List.of(
            new AppliedCorrection(dismissal, List.of(0), List.of(0)),
            new AppliedCorrection(verdict, List.of(), List.of())),
        List.of(),
        (comparison, left, right) -> {
          throw new AssertionError("nothing is linked");
        });
  }

  @Test
  void theJsonMarksTheAnalystsItemsAndKeepsTheEnginesBesideThem() throws IOException {
    JsonNode json = MAPPER.readTree(ComparisonJson.toPrettyString(corrected()));

    assertThat(
            SchemaChecker.problems(
                MAPPER.readTree(Path.of("docs", "compare.schema.json").toFile()), json))
        .isEmpty();
    JsonNode pair = json.at("/pairs/0");
    assertThat(pair.path("by").asText()).isEqualTo("analyst");
    assertThat(pair.path("correction").asText()).isEqualTo("urn:uuid:dismiss");
    assertThat(pair.path("relation").asText()).isEqualTo("same");
    assertThat(pair.at("/machine/differences/0").asText()).isEqualTo("number");
    assertThat(json.at("/pairs/1").has("by")).isFalse();
    assertThat(json.at("/derivation/verdict").asText()).isEqualTo("independent");
    assertThat(json.at("/derivation/by").asText()).isEqualTo("analyst");
    assertThat(json.at("/derivation/reason").asText()).isEqualTo("a press release");
    assertThat(json.at("/derivation/credited").isNull()).isTrue();
    assertThat(json.path("corrections")).hasSize(2);
  }

  @Test
  void anUncorrectedComparisonHasAnEmptyCorrectionsListAndNoMarks() throws IOException {
    JsonNode json = MAPPER.readTree(ComparisonJson.toPrettyString(ComparisonFixtures.small()));

    assertThat(json.path("corrections")).isEmpty();
    assertThat(json.at("/pairs/0").has("by")).isFalse();
    assertThat(json.path("derivation").has("by")).isFalse();
  }

  @Test
  void theEvidenceReportHasACorrectionsSectionAndMarksTheCorrectedPair() {
    Comparison corrected = corrected();
    SentencePair first = corrected.pairs().get(0);

    String html = HtmlEvidenceReport.of(corrected).render();

    assertThat(corrected.review().of(first)).isPresent();
    assertThat(html)
        .contains("<h2>Corrections</h2>", "not a difference: number", "a press release")
        .contains("class=\"by-analyst\" href=\"#urn:uuid:dismiss\"");
  }

  @Test
  void theCsvMarksTheCorrectedPairInItsLastColumn() {
    String[] rows = ComparisonCsv.toCsv(corrected()).split("\r\n");

    assertThat(rows[0]).endsWith(",unsourced,by");
    assertThat(rows[1]).endsWith(",analyst");
    assertThat(rows[2]).endsWith(",");
  }

  @Test
  void theTextSummaryListsTheCorrections() {
    assertThat(ComparisonText.summarize(corrected()))
        .contains("[analyst: not a difference: number]", "Corrections by analysts:");
  }
}
