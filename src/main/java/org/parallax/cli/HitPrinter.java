package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.FacetCount;
import org.parallax.model.SearchHit;

/** Prints search and related-report hits as JSON or as a list a person reads. */
final class HitPrinter {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HitPrinter() {}

  static ObjectNode json(long total, List<SearchHit> hits) {
    ObjectNode root = JSON.createObjectNode();
    root.put("total", total);
    ArrayNode array = root.putArray("hits");
    for (SearchHit hit : hits) {
      ObjectNode node = array.addObject();
      node.put("id", hit.id().value());
      node.put("outlet", hit.outlet());
      node.put("title", hit.title());
      node.put("published", hit.published() == null ? null : hit.published().toIso());
      node.put("score", Math.round(hit.score() * 10000) / 10000.0);
      node.put("snippet", hit.snippet());
      node.put("file", hit.fileName());
    }
    return root;
  }

  static void addFacets(ObjectNode root, Map<String, List<FacetCount>> facets) {
    ObjectNode node = root.putObject("facets");
    facets.forEach(
        (name, counts) -> {
          ArrayNode values = node.putArray(name);
          counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count()));
        });
  }

  static void print(PrintWriter out, ObjectNode json) {
    try {
      out.println(JSON.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  static void printText(PrintWriter out, List<SearchHit> hits) {
    int rank = 1;
    for (SearchHit hit : hits) {
      // Unknown outlets and dates are left out rather than repeated on every row of bare files.
      List<String> parts = new ArrayList<>();
      if (hit.outlet() != null) {
        parts.add(hit.outlet());
      }
      if (hit.published() != null) {
        parts.add(hit.published().toIso());
      }
      parts.add(hit.displayTitle());
      out.printf(
          Locale.ROOT, "%2d. %s  (score %.2f)%n", rank++, String.join(" | ", parts), hit.score());
      out.printf(Locale.ROOT, "    id: %s%n", hit.id().value());
      if (!hit.snippet().isBlank()) {
        out.printf(Locale.ROOT, "    %s%n", terminalSnippet(hit.snippet()));
      }
    }
  }

  /** Returns a snippet for a terminal: matches in [brackets], HTML escapes undone. */
  static String terminalSnippet(String snippet) {
    return snippet
        .replace("<b>", "[")
        .replace("</b>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }
}
