package org.parallax.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parallax.model.Article;

/**
 * The public JSON shape of an article, as {@code parallax show --json} prints it and golden files
 * record it.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  /** Returns the article as a JSON object with all its metadata and its text by part. */
  public static ObjectNode toJson(Article article) {
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
    json.set("paragraphs", strings(article.paragraphs()));
    json.set("headings", strings(article.headings()));
    json.set("captions", strings(article.captions()));
    ObjectNode source = json.putObject("source");
    if (article.source() != null) {
      source.put("name", article.source().name());
      source.put("sha256", article.source().sha256());
      source.put("format", article.source().format());
    }
    json.put("ingestedAt", article.ingestedAt() == null ? null : article.ingestedAt().toString());
    return json;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }
}
