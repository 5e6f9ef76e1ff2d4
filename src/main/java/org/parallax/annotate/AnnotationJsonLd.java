package org.parallax.annotate;

import static org.parallax.annotate.TextSelectors.list;
import static org.parallax.annotate.TextSelectors.text;

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
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Passage;
import org.parallax.model.Span;

/**
 * Converts annotations to and from W3C Web Annotation JSON-LD.
 *
 * <p>Tags are {@code TextualBody}s with purpose {@code tagging}, the note a {@code TextualBody}
 * with purpose {@code commenting}. The target carries a {@code TextQuoteSelector} (exact, prefix,
 * suffix) and, when the passage is anchored, a {@code TextPositionSelector} whose offsets count
 * Unicode code points of the article's text, as the W3C model requires. Two Parallax terms, {@code
 * parallax:article} and {@code parallax:contentHash}, record which article version the position
 * refers to.
 */
public final class AnnotationJsonLd {

  /** The W3C annotation context IRI. */
  public static final String W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

  static final String ARTICLE_TERM = "parallax:article";
  static final String HASH_TERM = "parallax:contentHash";
  private static final String PARALLAX_VOCABULARY = "urn:parallax:vocab#";
  private static final String URN_PREFIX = "urn:parallax:article:";

  private final ObjectMapper mapper = new ObjectMapper();
  private final ArticleTexts texts;

  /**
   * Creates a codec that looks articles up in {@code texts}.
   *
   * @param texts the articles annotations point into
   */
  public AnnotationJsonLd(ArticleTexts texts) {
    this.texts = texts;
  }

  /** Returns the JSON-LD context Parallax writes: the W3C context plus its two terms. */
  public JsonNode context() {
    ArrayNode context = mapper.createArrayNode();
    context.add(W3C_CONTEXT);
    context.addObject().put("parallax", PARALLAX_VOCABULARY);
    return context;
  }

  /** Returns one annotation as a JSON-LD object without {@code @context}. */
  public ObjectNode toJson(Annotation annotation) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", annotation.id());
    json.put("type", "Annotation");
    json.put("motivation", annotation.note().isEmpty() ? "tagging" : "commenting");
    json.put("created", annotation.created().toString());
    json.put("modified", annotation.modified().toString());
    ObjectNode creator = json.putObject("creator");
    creator.put("type", "Person");
    creator.put("name", annotation.author());
    ArrayNode bodies = json.putArray("body");
    for (String tag : annotation.tags()) {
      bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag);
    }
    if (!annotation.note().isEmpty()) {
      bodies
          .addObject()
          .put("type", "TextualBody")
          .put("purpose", "commenting")
          .put("value", annotation.note())
          .put("format", "text/plain");
    }
    ObjectNode target = json.putObject("target");
    target.put("source", annotation.targetSource());
    target.put(ARTICLE_TERM, annotation.article().value());
    target.put(HASH_TERM, annotation.contentHash());
    TextSelectors.write(
        target.putArray("selector"),
        annotation.passage(),
        annotation.span() == null
            ? null
            : texts
                .version(annotation.article(), annotation.contentHash())
                .map(Article::text)
                .orElse(null));
    return json;
  }

  /**
   * Reads one W3C annotation, written by Parallax or by another conformant tool.
   *
   * @param json the annotation object
   * @param now the time to use where the annotation gives none
   * @throws IllegalArgumentException naming what is missing or which article is unknown
   */
  public Annotation fromJson(JsonNode json, Instant now) {
    return read(json, now, false);
  }

  /**
   * Reads one annotation of the workspace's own file. Unlike {@link #fromJson}, an annotation on an
   * article that is no longer stored (it was deleted) is kept as an orphan with its quote, so that
   * deleting an article never drops its annotations; they anchor again if it is ingested again.
   *
   * @param json the annotation object
   * @param now the time to use where the annotation gives none
   * @throws IllegalArgumentException naming what is missing
   */
  public Annotation fromStoredJson(JsonNode json, Instant now) {
    return read(json, now, true);
  }

  private Annotation read(JsonNode json, Instant now, boolean keepWithoutArticle) {
    String id = text(json, "id", text(json, "@id", null));
    if (id == null) {
      throw new IllegalArgumentException("an annotation has no id");
    }
    JsonNode target = first(json.get("target"));
    if (target == null) {
      throw new IllegalArgumentException("annotation " + id + " has no target");
    }
    String source = target.isTextual() ? target.asText() : text(target, "source", null);
    if (source == null) {
      throw new IllegalArgumentException("annotation " + id + " has no target source");
    }
    Optional<Article> found = find(target, source);
    if (found.isEmpty() && keepWithoutArticle && articleIdOf(target, source) != null) {
      return withoutArticle(json, target, source, id, now);
    }
    Article article = found.orElseThrow(() -> notInWorkspace(id, source));
    String contentHash = text(target, HASH_TERM, article.contentHash());
    Article version = texts.version(article.id(), contentHash).orElse(article);
    TextSelectors.Read selectors = TextSelectors.read(target);
    Span position = selectors.spanIn(version.text());
    String exact = selectors.exact();
    if (exact == null && position != null) {
      exact = position.of(version.text());
    }
    if (exact == null) {
      throw new IllegalArgumentException(
          "annotation " + id + " has neither a TextQuoteSelector nor a TextPositionSelector");
    }
    Passage passage = new Passage(position, exact, selectors.prefix(), selectors.suffix());
    return body(json, now).on(id, article.id(), source, version.contentHash(), passage);
  }

  /** What an annotation says, apart from where it points. */
  private record Body(
      List<String> tags, String note, String author, Instant created, Instant modified) {

    /** Returns the annotation with this body on the passage given. */
    Annotation on(
        String id, ArticleId article, String source, String contentHash, Passage passage) {
      return new Annotation(
          id, article, source, contentHash, passage, tags, note, author, created, modified);
    }
  }

  private static Body body(JsonNode json, Instant now) {
    List<String> tags = new ArrayList<>();
    StringBuilder note = new StringBuilder();
    for (JsonNode body : list(json.get("body"))) {
      String value = body.isTextual() ? body.asText() : text(body, "value", null);
      if (value == null) {
        continue;
      }
      if ("tagging".equals(text(body, "purpose", ""))) {
        tags.add(value);
      } else {
        note.append(note.length() > 0 ? "\n" : "").append(value);
      }
    }
    JsonNode creator = json.get("creator");
    String author =
        creator == null ? "" : creator.isTextual() ? creator.asText() : text(creator, "name", "");
    Instant created = instant(json, "created", now);
    return new Body(tags, note.toString(), author, created, instant(json, "modified", created));
  }

  private Optional<Article> find(JsonNode target, String source) {
    String articleId = articleIdOf(target, source);
    Optional<Article> article =
        articleId != null ? texts.current(new ArticleId(articleId)) : Optional.empty();
    return article.or(() -> texts.bySource(source));
  }

  private static String articleIdOf(JsonNode target, String source) {
    String articleId = text(target, ARTICLE_TERM, null);
    if (articleId == null && source.startsWith(URN_PREFIX)) {
      articleId = source.substring(URN_PREFIX.length());
    }
    return articleId;
  }

  private static IllegalArgumentException notInWorkspace(String id, String source) {
    return new IllegalArgumentException(
        "annotation "
            + id
            + " points to "
            + source
            + ", which is not in this workspace: ingest that article first");
  }

  /** Reads an annotation whose article is not stored as an orphan: its quote, tags and note. */
  private Annotation withoutArticle(
      JsonNode json, JsonNode target, String source, String id, Instant now) {
    TextSelectors.Read selectors = TextSelectors.read(target);
    if (selectors.exact() == null) {
      throw notInWorkspace(id, source);
    }
    return body(json, now)
        .on(
            id,
            new ArticleId(articleIdOf(target, source)),
            source,
            text(target, HASH_TERM, null),
            selectors.passageAt(null));
  }

  private static JsonNode first(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.isEmpty() ? null : node.get(0);
    }
    return node;
  }

  private static Instant instant(JsonNode node, String field, Instant fallback) {
    String value = text(node, field, null);
    if (value == null) {
      return fallback;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
