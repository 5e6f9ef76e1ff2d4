package org.parallax.annotate;

import static org.parallax.annotate.TextSelectors.list;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;
import org.parallax.model.Span;

/**
 * Converts analysts' corrections to and from W3C Web Annotation JSON-LD.
 *
 * <p>A correction is an annotation with motivation {@code editing} (a change of the alignment) or
 * {@code assessing} (a verdict). Its first body is a {@code TextualBody} whose purpose is that
 * motivation, naming the kind ({@code parallax:kind}) and the value set ({@code parallax:value});
 * the analyst's reason is a second body with purpose {@code commenting}. Each named sentence is one
 * target (a {@code SpecificResource} on its article, {@code parallax:side} {@code left} or {@code
 * right}) with a {@code TextQuoteSelector} and, where anchored, a {@code TextPositionSelector} in
 * Unicode code points; a verdict targets the two articles whole.
 */
public final class CorrectionJsonLd {

  static final String KIND_TERM = "parallax:kind";
  static final String VALUE_TERM = "parallax:value";
  static final String SIDE_TERM = "parallax:side";

  private final ObjectMapper mapper = new ObjectMapper();
  private final ArticleTexts texts;

  /**
   * Creates a codec that converts positions with the article versions in {@code texts}.
   *
   * @param texts the articles corrections point into
   */
  public CorrectionJsonLd(ArticleTexts texts) {
    this.texts = texts;
  }

  /** Returns true when a JSON-LD item is a correction rather than an annotation of a passage. */
  public static boolean isCorrection(JsonNode item) {
    String motivation = item.path("motivation").asText("");
    return motivation.equals("editing") || motivation.equals("assessing");
  }

  /** Returns one correction as a JSON-LD object without {@code @context}. */
  public ObjectNode toJson(Correction correction) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", correction.id());
    json.put("type", "Annotation");
    json.put("motivation", correction.kind().motivation());
    json.put("created", correction.created().toString());
    ObjectNode creator = json.putObject("creator");
    creator.put("type", "Person");
    creator.put("name", correction.author());
    ArrayNode bodies = json.putArray("body");
    bodies
        .addObject()
        .put("type", "TextualBody")
        .put("purpose", correction.kind().motivation())
        .put("value", describe(correction))
        .put(KIND_TERM, correction.kind().jsonName())
        .put(VALUE_TERM, correction.value());
    if (!correction.reason().isEmpty()) {
      bodies
          .addObject()
          .put("type", "TextualBody")
          .put("purpose", "commenting")
          .put("value", correction.reason())
          .put("format", "text/plain");
    }
    ArrayNode targets = json.putArray("target");
    addTargets(targets, "left", correction.left());
    addTargets(targets, "right", correction.right());
    return json;
  }

  /** Returns the correction in a few words, as another annotation tool would show its body. */
  static String describe(Correction correction) {
    return correction.value().isEmpty()
        ? correction.kind().jsonName()
        : correction.kind().jsonName() + ": " + correction.value();
  }

  private void addTargets(ArrayNode targets, String side, CorrectionSide of) {
    if (of.passages().isEmpty()) {
      target(targets, side, of);
      return;
    }
    Optional<String> text =
        of.contentHash() == null
            ? Optional.empty()
            : texts.version(of.article(), of.contentHash()).map(Article::text);
    for (Passage passage : of.passages()) {
      ObjectNode target = target(targets, side, of);
      target.put("type", "SpecificResource");
      TextSelectors.write(target.putArray("selector"), passage, text.orElse(null));
    }
  }

  private static ObjectNode target(ArrayNode targets, String side, CorrectionSide of) {
    ObjectNode target = targets.addObject();
    target.put("source", of.source());
    target.put(SIDE_TERM, side);
    target.put(AnnotationJsonLd.ARTICLE_TERM, of.article().value());
    target.put(AnnotationJsonLd.HASH_TERM, of.contentHash());
    return target;
  }

  /**
   * Reads one correction. An article that is no longer stored does not stop it: the correction is
   * kept with its quotes and reported as orphaned where it applies.
   *
   * @param json the annotation object
   * @param now the time to use where the annotation gives none
   * @throws IllegalArgumentException naming what is missing
   */
  public Correction fromJson(JsonNode json, Instant now) {
    String id = json.path("id").asText(json.path("@id").asText(""));
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a correction has no id");
    }
    JsonNode body = list(json.get("body")).stream().findFirst().orElse(null);
    if (body == null || !body.has(KIND_TERM)) {
      throw new IllegalArgumentException("correction " + id + " has no body naming its kind");
    }
    CorrectionKind kind;
    try {
      kind = CorrectionKind.ofJsonName(body.get(KIND_TERM).asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("correction " + id + ": " + e.getMessage(), e);
    }
    String reason = "";
    for (JsonNode other : list(json.get("body"))) {
      if ("commenting".equals(other.path("purpose").asText())) {
        reason = other.path("value").asText("");
      }
    }
    CorrectionSide left = side(id, json, "left");
    CorrectionSide right = side(id, json, "right");
    JsonNode creator = json.get("creator");
    String author =
        creator == null
            ? ""
            : creator.isTextual() ? creator.asText() : creator.path("name").asText("");
    try {
      return new Correction(
          id,
          kind,
          left,
          right,
          body.path(VALUE_TERM).asText(""),
          reason,
          author,
          instant(json.path("created").asText(""), now));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("correction " + id + ": " + e.getMessage(), e);
    }
  }

  private CorrectionSide side(String id, JsonNode json, String side) {
    ArticleId article = null;
    String source = null;
    String contentHash = null;
    List<Passage> passages = new ArrayList<>();
    for (JsonNode target : list(json.get("target"))) {
      if (!side.equals(target.path(SIDE_TERM).asText())) {
        continue;
      }
      article = new ArticleId(target.path(AnnotationJsonLd.ARTICLE_TERM).asText());
      source = target.path("source").asText();
      JsonNode hash = target.get(AnnotationJsonLd.HASH_TERM);
      contentHash = hash == null || hash.isNull() ? null : hash.asText();
      passage(target, article, contentHash).ifPresent(passages::add);
    }
    if (article == null || article.value().isEmpty()) {
      throw new IllegalArgumentException("correction " + id + " has no " + side + " target");
    }
    return new CorrectionSide(article, source, contentHash, passages);
  }

  private Optional<Passage> passage(JsonNode target, ArticleId article, String contentHash) {
    TextSelectors.Read selectors = TextSelectors.read(target);
    if (selectors.exact() == null) {
      return Optional.empty();
    }
    Span span =
        contentHash == null
            ? null
            : texts.version(article, contentHash).map(a -> selectors.spanIn(a.text())).orElse(null);
    return Optional.of(selectors.passageAt(span));
  }

  private static Instant instant(String value, Instant fallback) {
    try {
      return value.isEmpty() ? fallback : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
