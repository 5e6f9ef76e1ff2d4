package org.parallax.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One W3C Web Annotation JSON-LD file holding one kind of item by id, in the order first saved: the
 * annotations, or the corrections beside them. Every change rewrites the file atomically ({@link
 * AtomicFile}), and a change whose write fails is undone, so the items in memory are always those
 * on disk. A file that cannot be read (not JSON, or items that do not parse) is copied aside under
 * a name ending in {@code .corrupt-} and a time stamp, each problem naming the file; what could be
 * read stays. Not thread-safe: the stores that hold one synchronise.
 *
 * @param <T> the kind of item
 */
final class JsonLdFile<T> {

  /**
   * How one kind of item is recognised, read, written and identified.
   *
   * @param accepts true when an item of a JSON-LD document is of this kind
   * @param read reads an item, throwing IllegalArgumentException that names what is wrong
   * @param write returns an item as a JSON-LD object without {@code @context}
   * @param id returns an item's id
   */
  record Codec<T>(
      Predicate<JsonNode> accepts,
      Function<JsonNode, T> read,
      Function<T, ObjectNode> write,
      Function<T, String> id) {}

  private static final Logger LOG = LoggerFactory.getLogger(JsonLdFile.class);

  private final Path file;
  private final String collectionId;
  private final String label;
  private final JsonNode context;
  private final Codec<T> codec;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, T> items = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private JsonLdFile(
      Path file, String collectionId, String label, JsonNode context, Codec<T> codec) {
    this.file = file;
    this.collectionId = collectionId;
    this.label = label;
    this.context = context;
    this.codec = codec;
  }

  /**
   * Opens a file, creating its folder when missing and reading what is there.
   *
   * @param file the file
   * @param collectionId the id of the AnnotationCollection written, such as {@code
   *     urn:parallax:annotations}
   * @param label the collection's label
   * @param context the {@code @context} written
   * @param clock stamps the name of a copy of an unreadable file
   * @throws IOException when the folder cannot be created or the file cannot be read
   */
  static <T> JsonLdFile<T> open(
      Path file, String collectionId, String label, JsonNode context, Codec<T> codec, Clock clock)
      throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFile.removeLeftovers(file);
    JsonLdFile<T> opened = new JsonLdFile<>(file, collectionId, label, context, codec);
    opened.load(clock);
    return opened;
  }

  private void load(Clock clock) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<String> unreadable = new ArrayList<>();
    try {
      readAll(mapper.readTree(Files.readString(file, StandardCharsets.UTF_8)), unreadable)
          .forEach(item -> items.put(codec.id().apply(item), item));
    } catch (JsonProcessingException e) {
      unreadable.add("the file is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (!unreadable.isEmpty()) {
      Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + clock.millis());
      Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
      for (String reason : unreadable) {
        problems.add(file + ": " + reason + "; the file as it was is kept in " + aside);
      }
      LOG.warn("{} had {} unreadable parts; kept aside as {}", file, unreadable.size(), aside);
    }
  }

  /**
   * Reads the items of this kind in a JSON-LD document (one, an array, a page or a collection),
   * skipping the others; what does not parse is added to {@code unreadable}.
   */
  List<T> readAll(JsonNode root, List<String> unreadable) {
    List<T> read = new ArrayList<>();
    for (JsonNode item : items(root)) {
      if (!codec.accepts().test(item)) {
        continue;
      }
      try {
        read.add(codec.read().apply(item));
      } catch (IllegalArgumentException e) {
        unreadable.add(e.getMessage());
      }
    }
    return read;
  }

  /** Returns what went wrong reading the file, each naming it and where it was kept. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Returns every item, in the order first saved. */
  List<T> all() {
    return List.copyOf(items.values());
  }

  /** Returns the items that pass a test, in the order first saved. */
  List<T> where(Predicate<T> test) {
    return items.values().stream().filter(test).toList();
  }

  /** Returns whether an item with this id is stored. */
  boolean contains(String id) {
    return items.containsKey(id);
  }

  /** Returns how many items are stored. */
  int size() {
    return items.size();
  }

  /**
   * Adds items, replacing stored ones with the same ids, and saves once.
   *
   * @throws IOException when the file cannot be written; the items and file are then unchanged
   */
  void saveAll(Collection<T> changed) throws IOException {
    Map<String, T> before = new LinkedHashMap<>(items);
    changed.forEach(item -> items.put(codec.id().apply(item), item));
    writeOrUndo(before);
  }

  /**
   * Removes an item and saves.
   *
   * @return whether it was stored
   * @throws IOException when the file cannot be written; the items and file are then unchanged
   */
  boolean delete(String id) throws IOException {
    if (!items.containsKey(id)) {
      return false;
    }
    Map<String, T> before = new LinkedHashMap<>(items);
    items.remove(id);
    writeOrUndo(before);
    return true;
  }

  private void writeOrUndo(Map<String, T> before) throws IOException {
    try {
      byte[] bytes =
          mapper.writeValueAsString(collection(List.of())).getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      items.clear();
      items.putAll(before);
      throw e;
    }
  }

  /**
   * Returns the items as an AnnotationCollection holding one AnnotationPage, followed by others.
   *
   * @param others further items, each without {@code @context}
   */
  ObjectNode collection(List<ObjectNode> others) {
    ObjectNode collection = mapper.createObjectNode();
    collection.set("@context", context);
    collection.put("id", collectionId);
    collection.put("type", "AnnotationCollection");
    collection.put("label", label);
    collection.put("total", items.size() + others.size());
    ObjectNode page = collection.putObject("first");
    page.put("type", "AnnotationPage");
    page.put("startIndex", 0);
    ArrayNode array = page.putArray("items");
    items.values().forEach(item -> array.add(codec.write().apply(item)));
    others.forEach(array::add);
    return collection;
  }

  /** Returns the items, then others, as a plain array, each with its own {@code @context}. */
  ArrayNode array(List<ObjectNode> others) {
    ArrayNode array = mapper.createArrayNode();
    Function<ObjectNode, ObjectNode> withContext =
        json -> {
          ObjectNode whole = mapper.createObjectNode();
          whole.set("@context", context);
          whole.setAll(json);
          return whole;
        };
    items.values().forEach(item -> array.add(withContext.apply(codec.write().apply(item))));
    others.forEach(other -> array.add(withContext.apply(other)));
    return array;
  }

  /** Returns the items of a JSON-LD document: one, an array, a page or a collection. */
  static List<JsonNode> items(JsonNode root) {
    List<JsonNode> items = new ArrayList<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return items;
    }
    if (root.isArray()) {
      root.forEach(items::add);
    } else if (root.has("first")) {
      root.get("first").path("items").forEach(items::add);
    } else if (root.has("items")) {
      root.get("items").forEach(items::add);
    } else {
      items.add(root);
    }
    return items;
  }
}
