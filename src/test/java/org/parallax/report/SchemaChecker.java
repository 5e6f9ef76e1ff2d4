package org.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON document against the subset of JSON Schema that {@code docs/compare.schema.json}
 * uses: type (one or a list), enum, required, properties, additionalProperties, items, minItems,
 * maxItems, minimum, maximum and local {@code $ref}. Returns every problem with its path.
 */
final class SchemaChecker {

  private final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private SchemaChecker(JsonNode root) {
    this.root = root;
  }

  static List<String> problems(JsonNode schema, JsonNode document) {
    SchemaChecker checker = new SchemaChecker(schema);
    checker.check(schema, document, "$");
    return checker.problems;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root.at(ref.substring(1)), value, path);
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(path + ": expected " + schema.get("type") + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        problems.add(path + ": " + value + " not in " + schema.get("enum"));
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
        problems.add(path + ": " + value + " below minimum");
      }
      if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
        problems.add(path + ": " + value + " above maximum");
      }
    }
    if (value.isObject()) {
      checkObject(schema, value, path);
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        problems.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        problems.add(path + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), path + "[" + i + "]");
        }
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asText())) {
          problems.add(path + ": missing " + name.asText());
        }
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode properties = schema.get("properties");
      if (properties != null && properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey());
      } else if (schema.has("additionalProperties")) {
        check(schema.get("additionalProperties"), field.getValue(), path + "." + field.getKey());
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(one, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }
}
