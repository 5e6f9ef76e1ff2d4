package org.parallax.index;

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
 * Turns an article into the JSON bytes the index stores with it and back, losing nothing.
 *
 * <p>Unlike the public JSON of {@code show}, this keeps the full text and the block offsets, so an
 * article read back from the index equals the one stored.
 */
final class ArticleCodec {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleCodec() {}

  static byte[] encode(Article article) {
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
      json.putObject("source")
          .put("name", article.source().name())
          .put("sha256", article.source().sha256())
          .put("format", article.source().format());
    }
    json.put("ingestedAt", article.ingestedAt() == null ? null : article.ingestedAt().toString());
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article decode(byte[] bytes) {
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

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
