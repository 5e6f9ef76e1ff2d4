package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/**
 * The one place an article becomes JSON, in two shapes with the same metadata fields: the public
 * shape ({@code parallax show --json}, the golden files), with the text by part, and the stored
 * shape the index keeps, with the full text and block offsets so an article read back equals the
 * one stored.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  /** Returns the public shape: all the metadata and the text as paragraphs, headings, captions. */
  public static ObjectNode toJson(Article article) {
    ObjectNode json = metadata(article);
    json.set("paragraphs", strings(article.paragraphs()));
    json.set("headings", strings(article.headings()));
    json.set("captions", strings(article.captions()));
    // The public shape always has a source object, empty for an article read from no file.
    ObjectNode source = json.putObject("source");
    if (article.source() != null) {
      putSource(source, article.source());
    }
    json.put("ingestedAt", instant(article.ingestedAt()));
    return json;
  }

  /** Returns the stored shape as UTF-8 JSON bytes, losing nothing {@link #fromStored} needs. */
  public static byte[] toStored(Article article) {
    ObjectNode json = metadata(article);
    json.put("text", article.text());
    ArrayNode blocks = json.putArray("blocks");
    for (Block block : article.blocks()) {
      blocks
          .addObject()
          .put("kind", block.kind().name())
          .put("start", block.span().start())
          .put("end", block.span().end());
    }
    if (article.source() != null) {
      putSource(json.putObject("source"), article.source());
    }
    json.put("ingestedAt", instant(article.ingestedAt()));
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the article that {@link #toStored} wrote.
   *
   * @throws UncheckedIOException when the bytes are not JSON
   */
  public static Article fromStored(byte[] bytes) {
    JsonNode json;
    try {
      json = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored article is not valid JSON", e);
    }
    List<Block> blocks = new ArrayList<>();
    for (JsonNode block : json.get("blocks")) {
      blocks.add(
          new Block(
              BlockKind.valueOf(block.get("kind").asText()),
              new Span(block.get("start").asInt(), block.get("end").asInt())));
    }
    JsonNode source = json.get("source");
    String published = text(json, "published");
    String ingestedAt = text(json, "ingestedAt");
    return new Article(
        new ArticleId(json.get("id").asText()),
        json.get("version").asInt(),
        text(json, "contentHash"),
        text(json, "outlet"),
        text(json, "url"),
        text(json, "title"),
        text(json, "byline"),
        text(json, "dateline"),
        published == null ? null : Published.parseIso(published),
        text(json, "language"),
        json.get("text").asText(),
        blocks,
        source == null
            ? null
            : new SourceFile(text(source, "name"), text(source, "sha256"), text(source, "format")),
        ingestedAt == null ? null : Instant.parse(ingestedAt));
  }

  private static ObjectNode metadata(Article article) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", article.id().value());
    json.put("version", article.version());
    json.put("contentHash", article.contentHash());
    json.put("outlet", article.outlet());
    json.put("url", article.url());
    json.put("title", article.title());
    json.put("byline", article.byline());
    json.put("dateline", article.dateline());
    json.put("published", article.published() == null ? null : article.published().toIso());
    json.put("language", article.language());
    return json;
  }

  private static void putSource(ObjectNode json, SourceFile source) {
    json.put("name", source.name());
    json.put("sha256", source.sha256());
    json.put("format", source.format());
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
