package org.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Article;
import org.parallax.model.CodePoints;
import org.parallax.model.Comparison;
import org.parallax.model.Derivation;
import org.parallax.model.Difference;
import org.parallax.model.ParallaxVersion;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;
import org.parallax.model.VerbatimPassage;

/**
 * Writes a comparison in the public JSON schema of {@code parallax compare --json} (schema 1,
 * documented in {@code docs/json-schema.md} and {@code docs/compare.schema.json}).
 *
 * <p>Offsets leave the program as half-open Unicode code point offsets into each article's original
 * text; scores are rounded to four decimals so that output is stable and readable.
 */
public final class ComparisonJson {

  /** The schema number written in every object; raised only when a field changes meaning. */
  public static final int SCHEMA = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Indents by two spaces and writes {@code "key": value}, as people write JSON by hand. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private ComparisonJson() {}

  /** Returns the comparison as a JSON object tree. */
  public static ObjectNode toJson(Comparison comparison) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("schema", SCHEMA);
    json.put("parallaxVersion", ParallaxVersion.get());
    json.set("left", side(comparison.left()));
    json.set("right", side(comparison.right()));
    ArrayNode pairs = json.putArray("pairs");
    comparison.pairs().forEach(pair -> pairs.add(pair(pair, comparison)));
    json.set("leftOnly", numbers(comparison.leftOnly()));
    json.set("rightOnly", numbers(comparison.rightOnly()));
    json.set("leftUnsourced", numbers(comparison.leftUnsourced()));
    json.set("rightUnsourced", numbers(comparison.rightUnsourced()));
    ArrayNode quotes = json.putArray("quotes");
    comparison.quotes().forEach(quote -> quotes.add(quote(quote, comparison)));
    ArrayNode passages = json.putArray("passages");
    comparison.passages().forEach(passage -> passages.add(passage(passage, comparison)));
    ObjectNode boilerplate = json.putObject("boilerplate");
    boilerplate.set(
        "left", spans(comparison.leftBoilerplate(), comparison.left().article().text()));
    boilerplate.set(
        "right", spans(comparison.rightBoilerplate(), comparison.right().article().text()));
    ObjectNode derivation = derivation(comparison.derivation());
    CorrectionsJson.markDerivation(derivation, comparison.review());
    json.set("derivation", derivation);
    json.set("corrections", CorrectionsJson.list(comparison));
    ObjectNode settings = json.putObject("settings");
    new TreeMap<>(comparison.settings()).forEach(settings::put);
    return json;
  }

  /** Returns the comparison as one line of JSON, as {@code compare --batch} prints it. */
  public static String toLine(Comparison comparison) {
    return write(toJson(comparison), false);
  }

  /** Returns the comparison as indented JSON, as {@code compare --json} prints it. */
  public static String toPrettyString(Comparison comparison) {
    return write(toJson(comparison), true);
  }

  /** Returns the one-line object a batch prints for a pair that could not be compared. */
  public static String errorLine(String message) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("error", message);
    return write(json, false);
  }

  private static String write(ObjectNode json, boolean indent) {
    try {
      return indent
          ? MAPPER.writer(PRETTY).writeValueAsString(json)
          : MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode side(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", article.id().value());
    json.put("version", article.version());
    json.put("outlet", article.outlet());
    json.put("title", article.title());
    json.put("url", article.url());
    json.put("published", article.published() == null ? null : article.published().toIso());
    json.put("contentHash", article.contentHash());
    ArrayNode sentences = json.putArray("sentences");
    for (AnalyzedSentence sentence : analyzed.sentences()) {
      ObjectNode item = sentences.addObject();
      item.put("n", sentence.n());
      putSpan(item, "start", "end", sentence.sentence().span(), article.text());
      item.put("text", sentence.text());
      item.put("kind", sentence.sentence().kind().jsonName());
    }
    return json;
  }

  private static ObjectNode pair(SentencePair pair, Comparison comparison) {
    ObjectNode json = MAPPER.createObjectNode();
    json.set("left", numbers(pair.left()));
    json.set("right", numbers(pair.right()));
    json.put("relation", pair.relation().jsonName());
    json.put("similarity", score(pair.similarity()));
    ObjectNode signals = json.putObject("signals");
    pair.signals().forEach((name, value) -> signals.put(name, score(value)));
    String leftText = comparison.left().article().text();
    String rightText = comparison.right().article().text();
    ArrayNode differences = json.putArray("differences");
    for (Difference difference : pair.differences()) {
      ObjectNode item = differences.addObject();
      item.put("type", difference.type().jsonName());
      item.put("left", nullToEmpty(difference.left()));
      item.put("right", nullToEmpty(difference.right()));
      item.put("change", difference.change().jsonName());
      if (difference.subject() == null) {
        item.putNull("subject");
      } else {
        item.put("subject", difference.subject());
      }
      item.set("leftWords", spans(difference.leftWords(), leftText));
      item.set("rightWords", spans(difference.rightWords(), rightText));
      item.put("explanation", DifferenceWords.sentence(difference));
    }
    ObjectNode words = json.putObject("wordDiff");
    words.set("left", spans(pair.words() == null ? List.of() : pair.words().leftOnly(), leftText));
    words.set(
        "right", spans(pair.words() == null ? List.of() : pair.words().rightOnly(), rightText));
    CorrectionsJson.markPair(json, pair, comparison.review());
    return json;
  }

  private static ObjectNode quote(SharedQuote quote, Comparison comparison) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("text", quote.text());
    json.set("left", numbers(quote.left()));
    json.set("right", numbers(quote.right()));
    json.put("verbatim", quote.verbatim());
    json.put("change", quote.change().jsonName());
    json.put("leftText", nullToEmpty(quote.leftText()));
    json.put("rightText", nullToEmpty(quote.rightText()));
    putSpanOrNull(json, "leftStart", "leftEnd", quote.leftSpan(), comparison.left());
    putSpanOrNull(json, "rightStart", "rightEnd", quote.rightSpan(), comparison.right());
    return json;
  }

  private static ObjectNode passage(VerbatimPassage passage, Comparison comparison) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("text", passage.text());
    json.put("words", passage.words());
    json.put("leftSentence", passage.leftSentence());
    json.put("rightSentence", passage.rightSentence());
    putSpan(json, "leftStart", "leftEnd", passage.leftSpan(), comparison.left().article().text());
    putSpan(
        json, "rightStart", "rightEnd", passage.rightSpan(), comparison.right().article().text());
    return json;
  }

  private static ObjectNode derivation(Derivation derivation) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("verdict", derivation.verdict().jsonName());
    json.put("confidence", score(derivation.confidence()));
    ObjectNode coverage = json.putObject("coverage");
    coverage.put("leftByRight", score(derivation.leftByRight()));
    coverage.put("rightByLeft", score(derivation.rightByLeft()));
    json.put("reuse", score(derivation.reuse()));
    ObjectNode signals = json.putObject("signals");
    derivation.signals().forEach((name, value) -> signals.put(name, score(value)));
    json.put("version", derivation.version());
    json.put("partial", derivation.partial());
    json.put("identical", derivation.identical());
    ObjectNode facts = json.putObject("facts");
    facts.put("claims", derivation.facts().claims());
    facts.put("changedClaims", derivation.facts().changedClaims());
    facts.put("leftFigures", derivation.facts().leftFigures());
    facts.put("rightFigures", derivation.facts().rightFigures());
    facts.put("commonFigures", derivation.facts().commonFigures());
    facts.put("leftPeriod", derivation.facts().leftPeriod());
    facts.put("rightPeriod", derivation.facts().rightPeriod());
    facts.put("leadFiguresChanged", derivation.facts().leadFiguresChanged());
    if (derivation.credited() == null) {
      json.putNull("credited");
    } else {
      json.put("credited", derivation.credited());
    }
    ArrayNode evidence = json.putArray("evidence");
    derivation.evidence().forEach(evidence::add);
    return json;
  }

  private static void putSpanOrNull(
      ObjectNode json, String start, String end, Span span, AnalyzedArticle side) {
    if (span == null) {
      json.putNull(start);
      json.putNull(end);
    } else {
      putSpan(json, start, end, span, side.article().text());
    }
  }

  private static void putSpan(ObjectNode json, String start, String end, Span span, String text) {
    json.put(start, CodePoints.fromCharIndex(text, span.start()));
    json.put(end, CodePoints.fromCharIndex(text, span.end()));
  }

  private static ArrayNode spans(List<Span> spans, String text) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Span span : spans) {
      array
          .addArray()
          .add(CodePoints.fromCharIndex(text, span.start()))
          .add(CodePoints.fromCharIndex(text, span.end()));
    }
    return array;
  }

  private static ArrayNode numbers(Collection<Integer> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Rounds to four decimals and keeps the value inside [0, 1] against rounding drift. */
  static double score(double value) {
    double clamped = Math.max(0.0, Math.min(1.0, value));
    return Math.round(clamped * 10_000.0) / 10_000.0;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
