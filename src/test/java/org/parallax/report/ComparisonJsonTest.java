package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.SharedFacts;
import org.parallax.model.Verdict;

class ComparisonJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode schema() throws IOException {
    return MAPPER.readTree(Path.of("docs", "compare.schema.json").toFile());
  }

  @Test
  void outputValidatesAgainstTheDocumentedSchema() throws IOException {
    JsonNode json = MAPPER.readTree(ComparisonJson.toPrettyString(ComparisonFixtures.small()));

    assertThat(SchemaChecker.problems(schema(), json)).isEmpty();
  }

  @Test
  void schemaCheckerRejectsAMissingFieldAndAWrongType() throws IOException {
    ObjectNode json = ComparisonJson.toJson(ComparisonFixtures.small());
    json.remove("leftOnly");
    ((ObjectNode) json.get("derivation")).put("confidence", "high");

    assertThat(SchemaChecker.problems(schema(), json))
        .containsExactlyInAnyOrder(
            "$: missing leftOnly", "$.derivation.confidence: expected \"number\", got STRING");
  }

  @Test
  void sentenceOffsetsCountCodePointsNotChars() {
    Comparison comparison = ComparisonFixtures.small();
    JsonNode last = ComparisonJson.toJson(comparison).at("/right/sentences/2");
    String text = comparison.right().article().text();
    int charStart = comparison.right().sentences().get(2).sentence().span().start();

    // The sentence starts with an emoji: two chars, one code point.
    assertThat(last.get("start").asInt()).isEqualTo(text.codePointCount(0, charStart));
    assertThat(last.get("end").asInt() - last.get("start").asInt())
        .isEqualTo(last.get("text").asText().codePointCount(0, last.get("text").asText().length()));
  }

  @Test
  void sharedQuoteCarriesTheMatchersPositionsAsCodePoints() {
    Comparison comparison = ComparisonFixtures.small();
    JsonNode quote = ComparisonJson.toJson(comparison).at("/quotes/0");
    String text = comparison.right().article().text();
    int charStart = text.indexOf("we are ready");

    assertThat(quote.get("rightStart").asInt()).isEqualTo(text.codePointCount(0, charStart));
    assertThat(quote.get("rightEnd").asInt() - quote.get("rightStart").asInt())
        .isEqualTo("we are ready".length());
  }

  @Test
  void differenceStatesItsSideItsWordsAndTheSentenceFromTheFacts() {
    Comparison comparison = ComparisonFixtures.small();
    JsonNode difference = ComparisonJson.toJson(comparison).at("/pairs/0/differences/0");
    int at = comparison.left().article().text().indexOf("40");

    assertThat(difference.get("change").asText()).isEqualTo("changed");
    assertThat(difference.get("subject").isNull()).isTrue();
    assertThat(difference.at("/leftWords/0/0").asInt()).isEqualTo(at);
    assertThat(difference.at("/leftWords/0/1").asInt()).isEqualTo(at + 2);
    assertThat(difference.get("explanation").asText()).isEqualTo("Number changed: 40 became 45.");
  }

  @Test
  void everySentenceIsInExactlyOnePairOrOneSidedList() {
    JsonNode json = ComparisonJson.toJson(ComparisonFixtures.small());
    List<Integer> seen = new ArrayList<>();
    json.get("pairs").forEach(pair -> pair.get("left").forEach(n -> seen.add(n.asInt())));
    json.get("leftOnly").forEach(n -> seen.add(n.asInt()));

    assertThat(seen).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void creditedIsWrittenAsExplicitNullWhenNeitherDerives() {
    Comparison base = ComparisonFixtures.small();
    Comparison independent =
        new Comparison(
            base.left(),
            base.right(),
            base.pairs(),
            base.leftOnly(),
            base.rightOnly(),
            base.leftUnsourced(),
            base.rightUnsourced(),
            base.quotes(),
            base.passages(),
            List.of(),
            List.of(),
            new Derivation(
                Verdict.INDEPENDENT,
                0.5,
                0.1,
                0.1,
                0.05,
                Map.of(),
                false,
                false,
                SharedFacts.NONE,
                null,
                List.of()),
            base.settings(),
            base.review());

    JsonNode derivation = ComparisonJson.toJson(independent).get("derivation");

    assertThat(derivation.has("credited")).isTrue();
    assertThat(derivation.get("credited").isNull()).isTrue();
  }

  @Test
  void batchLineIsOneLineOfJson() {
    String line = ComparisonJson.toLine(ComparisonFixtures.small());

    assertThat(line).doesNotContain("\n").startsWith("{\"schema\":1");
  }

  @Test
  void errorLineCarriesOnlyTheMessage() throws IOException {
    JsonNode error = MAPPER.readTree(ComparisonJson.errorLine("no such file: \"a.txt\""));

    assertThat(error.get("error").asText()).isEqualTo("no such file: \"a.txt\"");
    assertThat(error.size()).isEqualTo(1);
  }
}
