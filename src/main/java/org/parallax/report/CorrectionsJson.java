package org.parallax.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.parallax.model.AppliedCorrection;
import org.parallax.model.Comparison;
import org.parallax.model.Correction;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.Review;
import org.parallax.model.SentencePair;

/**
 * Writes what analysts corrected in a comparison into its JSON: {@code "by": "analyst"} and the
 * correction's id on each corrected pair and on an overridden verdict, with the engine's own
 * suggestion beside it under {@code machine}, and the top-level {@code corrections} list.
 */
final class CorrectionsJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CorrectionsJson() {}

  /** Marks a pair an analyst changed, with what the engine had said about its sentences. */
  static void markPair(ObjectNode json, SentencePair pair, Review review) {
    Optional<AppliedCorrection> correction = review.of(pair);
    if (correction.isEmpty()) {
      return;
    }
    json.put("by", "analyst");
    json.put("correction", correction.get().correction().id());
    ObjectNode machine = json.putObject("machine");
    SentencePair engine =
        review.machine().pairs().stream()
            .filter(p -> p.left().equals(pair.left()) && p.right().equals(pair.right()))
            .findFirst()
            .orElse(null);
    machine.put("relation", engine == null ? "not-paired" : engine.relation().jsonName());
    ArrayNode types = machine.putArray("differences");
    if (engine != null) {
      engine.differences().stream()
          .map(Difference::type)
          .distinct()
          .forEach(t -> types.add(t.jsonName()));
    }
  }

  /** Marks a verdict an analyst set, with the engine's verdict beside it. */
  static void markDerivation(ObjectNode json, Review review) {
    review
        .verdict()
        .ifPresent(
            applied -> {
              json.put("by", "analyst");
              json.put("correction", applied.correction().id());
              json.put("reason", applied.correction().reason());
              Derivation engine = review.machine().derivation();
              json.putObject("machine")
                  .put("verdict", engine.verdict().jsonName())
                  .put("confidence", ComparisonJson.score(engine.confidence()));
            });
  }

  /** Returns the top-level list: every correction of the two reports, applied or orphaned. */
  static ArrayNode list(Comparison comparison) {
    ArrayNode list = MAPPER.createArrayNode();
    for (AppliedCorrection applied : comparison.review().applied()) {
      ObjectNode item = item(applied.correction(), "applied");
      item.set("left", numbers(applied.left()));
      item.set("right", numbers(applied.right()));
      list.add(item);
    }
    for (Correction orphan : comparison.review().orphaned()) {
      ObjectNode item = item(orphan, "orphaned");
      ArrayNode quotes = item.putArray("quotes");
      orphan.left().passages().forEach(p -> quotes.add(p.exact()));
      orphan.right().passages().forEach(p -> quotes.add(p.exact()));
      list.add(item);
    }
    return list;
  }

  private static ObjectNode item(Correction correction, String state) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", correction.id());
    item.put("by", "analyst");
    item.put("kind", correction.kind().jsonName());
    item.put("value", correction.value());
    item.put("reason", correction.reason());
    item.put("author", correction.author());
    item.put("created", correction.created().toString());
    item.put("state", state);
    return item;
  }

  private static ArrayNode numbers(List<Integer> numbers) {
    ArrayNode array = MAPPER.createArrayNode();
    numbers.forEach(array::add);
    return array;
  }
}
