package org.parallax.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.CodePoints;
import org.parallax.model.Passage;
import org.parallax.model.Span;

/**
 * The W3C selectors of a passage, as annotations and corrections both write and read them: a {@code
 * TextQuoteSelector} (exact, prefix, suffix) and, where the passage is anchored in a known version,
 * a {@code TextPositionSelector} whose offsets count Unicode code points of that version's text.
 * Inside the program the span counts UTF-16 chars; this is the one place the two meet.
 */
final class TextSelectors {

  private TextSelectors() {}

  /**
   * The selectors read from one target.
   *
   * @param exact the quoted passage, null when the target has no quote selector
   * @param prefix the words before it
   * @param suffix the words after it
   * @param position the position selector, null when there is none
   */
  record Read(String exact, String prefix, String suffix, JsonNode position) {

    /** Returns the position as a char span of {@code text}, or null when absent or outside. */
    Span spanIn(String text) {
      return position == null ? null : charSpan(text, position);
    }

    /** Returns the quoted passage found at {@code span} (null: not anchored); needs a quote. */
    Passage passageAt(Span span) {
      return new Passage(span, exact, prefix, suffix);
    }
  }

  /**
   * Adds the selectors of a passage to a target's selector array: its words always, its position
   * when it is anchored in a known text.
   *
   * @param text the text of the version the passage's span points into, or null when not known
   */
  static void write(ArrayNode selectors, Passage passage, String text) {
    selectors
        .addObject()
        .put("type", "TextQuoteSelector")
        .put("exact", passage.exact())
        .put("prefix", passage.prefix())
        .put("suffix", passage.suffix());
    Span span = passage.span();
    if (span != null && text != null && span.end() <= text.length()) {
      selectors
          .addObject()
          .put("type", "TextPositionSelector")
          .put("start", CodePoints.fromCharIndex(text, span.start()))
          .put("end", CodePoints.fromCharIndex(text, span.end()));
    }
  }

  /** Reads the quote and position selectors of a target (the last of each kind counts). */
  static Read read(JsonNode target) {
    String exact = null;
    String prefix = "";
    String suffix = "";
    JsonNode position = null;
    for (JsonNode selector : list(target.get("selector"))) {
      String type = text(selector, "type", "");
      if (type.equals("TextQuoteSelector")) {
        exact = text(selector, "exact", null);
        prefix = text(selector, "prefix", "");
        suffix = text(selector, "suffix", "");
      } else if (type.equals("TextPositionSelector")) {
        position = selector;
      }
    }
    return new Read(exact, prefix, suffix, position);
  }

  /** Returns a position selector as a char span of {@code text}, or null when outside it. */
  static Span charSpan(String text, JsonNode selector) {
    int start = selector.path("start").asInt(-1);
    int end = selector.path("end").asInt(-1);
    int codePoints = text.codePointCount(0, text.length());
    if (start < 0 || end < start || end > codePoints) {
      return null;
    }
    return new Span(CodePoints.toCharIndex(text, start), CodePoints.toCharIndex(text, end));
  }

  /** Returns a JSON-LD value that may be one node or an array of them as a list. */
  static List<JsonNode> list(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node == null || node.isNull()) {
      return items;
    }
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    return items;
  }

  /** Returns a field's text, or {@code fallback} when it is missing, null or not a value. */
  static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : fallback;
  }
}
