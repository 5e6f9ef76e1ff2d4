package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.BlockKind;

/**
 * Reads articles in the JSON schema of {@code docs/formats.md}: one object, an array of objects, or
 * JSON Lines (one object per line).
 */
final class JsonArticleReader implements FormatReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern START_MARKER =
      Pattern.compile("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern JSON_START =
      Pattern.compile("\\A\\s*(?:\\{\\s*[\"}]|\\[\\s*(?:[{\\[\"\\]]|\\z))");

  @Override
  public String format() {
    return "json";
  }

  @Override
  public boolean recognises(RawFile file) {
    return looksLikeJson(file);
  }

  /**
   * Returns true when the file is meant as JSON: it opens like a JSON object or array ({@code {"},
   * {@code [{} ...), its name says JSON ({@code .json}, {@code .jsonl}, {@code .ndjson}), or its
   * whole text is one JSON array or string. Plain text opening with a bracket, such as {@code
   * [Photo] ...}, stays text; JSON that is not an article is then refused with the reason rather
   * than stored as text.
   */
  static boolean looksLikeJson(RawFile file) {
    return JSON_START.matcher(file.head(256)).lookingAt()
        || hasJsonName(file.name())
        || isWholeJsonValue(file.text());
  }

  private static boolean hasJsonName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private static boolean isWholeJsonValue(String text) {
    String stripped = text.strip();
    if (!stripped.startsWith("[") && !stripped.startsWith("\"")) {
      return false;
    }
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(stripped)) {
      values.readAll();
      return true;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    List<JsonNode> objects = new ArrayList<>();
    try (MappingIterator<JsonNode> values =
        JSON.readerFor(JsonNode.class).readValues(file.text())) {
      while (values.hasNextValue()) {
        JsonNode value = values.nextValue();
        if (value.isArray()) {
          value.forEach(objects::add);
        } else {
          objects.add(value);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IngestException(
          file.name(),
          "malformed JSON"
              + where
              + ": "
              + START_MARKER
                  .matcher(Reasons.firstLine(e.getOriginalMessage()))
                  .replaceAll("(opened at line $1, column $2)")
              + " (fix the file or export it again; it may be cut short)",
          e);
    } catch (IOException e) {
      throw new IngestException(file.name(), "unreadable JSON: " + e.getMessage(), e);
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      articles.add(article(file, objects.get(i), i + 1, objects.size()));
    }
    if (articles.isEmpty()) {
      throw new IngestException(file.name(), "the JSON holds no article objects");
    }
    return List.copyOf(articles);
  }

  private Article article(RawFile file, JsonNode json, int number, int count)
      throws IngestException {
    String which = count == 1 ? "the article" : "article " + number;
    if (!json.isObject()) {
      throw new IngestException(
          file.name(),
          which
              + " is "
              + kindOf(json)
              + ", not an article object ({\"title\": ..., \"body\": ...}, see docs/formats.md)");
    }
    BlockText blocks = new BlockText();
    json.path("captions").forEach(caption -> blocks.add(BlockKind.CAPTION, caption.asText()));
    JsonNode body = json.has("body") ? json.get("body") : json.path("text");
    if (body.isTextual()) {
      blocks.addPlainParagraphs(body.asText());
    } else {
      for (JsonNode part : body) {
        addPart(blocks, part);
      }
    }
    json.path("headings").forEach(heading -> blocks.add(BlockKind.HEADING, heading.asText()));
    if (!blocks.hasBody()) {
      throw new IngestException(
          file.name(), which + " has no \"body\" (a string or an array of paragraphs)");
    }
    ArticleDraft draft = new ArticleDraft();
    draft.title = string(json, "title");
    draft.outlet = string(json, "outlet");
    draft.url = string(json, "url");
    draft.byline = byline(json.path("byline"));
    draft.dateline = string(json, "dateline");
    draft.language = string(json, "language");
    draft.guid = json.has("id") ? string(json, "id") : string(json, "guid");
    String published = string(json, "published");
    if (published != null) {
      draft.published =
          NewsDates.parse(published)
              .orElseThrow(
                  () ->
                      new IngestException(
                          file.name(),
                          which
                              + " has a \"published\" value that is not a date: \""
                              + published
                              + "\" (use ISO-8601 such as 2026-03-10T12:02:00+03:00)"));
    }
    String text = blocks.text();
    return draft.build(text, draft.splitDateline(text, blocks.blocks()), file, format());
  }

  private static String kindOf(JsonNode value) {
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "true or false";
    }
    if (value.isNull()) {
      return "null";
    }
    return "an array";
  }

  /** Adds one body part: a paragraph string or an object {@code {"type": ..., "text": ...}}. */
  private static void addPart(BlockText blocks, JsonNode part) {
    if (part.isTextual()) {
      blocks.add(BlockKind.BODY, part.asText());
      return;
    }
    String type = part.path("type").asText("paragraph").toLowerCase(Locale.ROOT);
    BlockKind kind =
        switch (type) {
          case "heading" -> BlockKind.HEADING;
          case "caption" -> BlockKind.CAPTION;
          default -> BlockKind.BODY;
        };
    blocks.add(kind, part.path("text").asText(""));
  }

  private static String byline(JsonNode byline) {
    if (byline.isArray()) {
      List<String> names = new ArrayList<>();
      byline.forEach(name -> names.add(name.asText()));
      return String.join(", ", names);
    }
    return byline.isValueNode() && !byline.isNull() ? byline.asText() : null;
  }

  private static String string(JsonNode json, String field) {
    JsonNode value = json.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
