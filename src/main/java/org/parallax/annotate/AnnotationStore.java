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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotations of a workspace, kept in one W3C JSON-LD file that every change rewrites
 * atomically.
 *
 * <p>Nothing is ever silently lost: a file that cannot be read is moved aside (its name ends in
 * {@code .corrupt-} and a time stamp) and reported through {@link #problems()}; the annotations
 * that could be read stay in the store. Thread-safe.
 */
public final class AnnotationStore {

  /** The file name inside the annotations folder. */
  public static final String FILE_NAME = "annotations.jsonld";

  private static final Logger LOG = LoggerFactory.getLogger(AnnotationStore.class);

  private final Path file;
  private final AnnotationJsonLd codec;
  private final Anchorer anchorer = new Anchorer();
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, Annotation> annotations = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private AnnotationStore(Path folder, ArticleTexts texts, Clock clock) {
    this.file = folder.resolve(FILE_NAME);
    this.codec = new AnnotationJsonLd(texts);
    this.clock = clock;
  }

  /**
   * Opens the store in {@code folder}, reading what is there.
   *
   * @param folder the workspace's annotations folder, created when missing
   * @param texts the articles annotations point into
   * @param clock the time source for new and imported annotations
   * @throws IOException when the folder cannot be created or the file cannot be read
   */
  public static AnnotationStore open(Path folder, ArticleTexts texts, Clock clock)
      throws IOException {
    Files.createDirectories(folder);
    AtomicFile.removeLeftovers(folder.resolve(FILE_NAME));
    AnnotationStore store = new AnnotationStore(folder, texts, clock);
    store.load();
    return store;
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    List<String> unreadable = new ArrayList<>();
    try {
      for (JsonNode item : items(mapper.readTree(content))) {
        if (CorrectionJsonLd.isCorrection(item)) {
          continue;
        }
        try {
          Annotation annotation = codec.fromStoredJson(item, clock.instant());
          annotations.put(annotation.id(), annotation);
        } catch (IllegalArgumentException e) {
          unreadable.add(e.getMessage());
        }
      }
    } catch (JsonProcessingException e) {
      unreadable.add("the file is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (!unreadable.isEmpty()) {
      Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + clock.millis());
      Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
      for (String reason : unreadable) {
        problems.add(file + ": " + reason + "; the file as it was is kept in " + aside);
      }
      LOG.warn(
          "annotations file {} had {} unreadable parts; kept aside as {}",
          file,
          unreadable.size(),
          aside);
    }
  }

  /** Returns what went wrong reading the store, each naming the file and where it was kept. */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** Returns every annotation, in the order they were first saved. */
  public synchronized List<Annotation> all() {
    return List.copyOf(annotations.values());
  }

  /** Returns the annotations on one article. */
  public synchronized List<Annotation> forArticle(ArticleId article) {
    return annotations.values().stream().filter(a -> a.article().equals(article)).toList();
  }

  /** Returns the annotations whose passage could not be found, with their original quote. */
  public synchronized List<Annotation> orphans() {
    return annotations.values().stream().filter(Annotation::isOrphan).toList();
  }

  /**
   * Adds an annotation, or replaces the stored one with the same id, and saves at once.
   *
   * @throws IOException when the file cannot be written; the previous file is then intact
   */
  public synchronized void save(Annotation annotation) throws IOException {
    Annotation previous = annotations.put(annotation.id(), annotation);
    try {
      write();
    } catch (IOException e) {
      restore(annotation.id(), previous);
      throw e;
    }
  }

  /**
   * Removes an annotation and saves at once.
   *
   * @throws IOException when the file cannot be written; the previous file is then intact
   */
  public synchronized void delete(String id) throws IOException {
    Annotation previous = annotations.remove(id);
    try {
      write();
    } catch (IOException e) {
      restore(id, previous);
      throw e;
    }
  }

  private void restore(String id, Annotation previous) {
    if (previous == null) {
      annotations.remove(id);
    } else {
      annotations.put(id, previous);
    }
  }

  /**
   * Finds the passages of an article's annotations again in its new version and saves.
   *
   * @param newVersion the version that became current
   * @return how each annotation of the article was anchored; orphans are kept, never deleted
   * @throws IOException when the file cannot be written
   */
  public synchronized List<Anchoring> reanchor(Article newVersion) throws IOException {
    List<Anchoring> results = new ArrayList<>();
    for (Annotation annotation : forArticle(newVersion.id())) {
      Anchoring anchoring = anchorer.anchor(annotation, newVersion);
      annotations.put(annotation.id(), anchoring.annotation());
      results.add(anchoring);
    }
    if (!results.isEmpty()) {
      write();
    }
    return results;
  }

  /**
   * Imports annotations from W3C JSON-LD: one annotation, an array, an AnnotationPage or an
   * AnnotationCollection. An annotation whose id is already stored is updated, not duplicated.
   *
   * @param json the JSON-LD text
   * @param articles the current versions to anchor imported annotations in
   * @throws IOException when the store cannot be written
   */
  public synchronized AnnotationImport importJsonLd(String json, ArticleTexts articles)
      throws IOException {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return new AnnotationImport(
          0, 0, 0, List.of("not valid JSON (" + e.getOriginalMessage() + ")"));
    }
    int added = 0;
    int updated = 0;
    int orphans = 0;
    List<String> itemProblems = new ArrayList<>();
    for (JsonNode item : items(root)) {
      if (CorrectionJsonLd.isCorrection(item)) {
        // Corrections travel in the same files; CorrectionStore imports them.
        continue;
      }
      try {
        Annotation read = codec.fromJson(item, clock.instant());
        Article current = articles.current(read.article()).orElseThrow();
        Anchoring anchoring = anchorer.anchor(read, current);
        if (anchoring.method() == AnchorMethod.ORPHAN) {
          orphans++;
        }
        if (annotations.put(read.id(), anchoring.annotation()) == null) {
          added++;
        } else {
          updated++;
        }
      } catch (IllegalArgumentException e) {
        itemProblems.add(e.getMessage());
      }
    }
    if (added + updated > 0) {
      write();
    }
    return new AnnotationImport(added, updated, orphans, itemProblems);
  }

  /**
   * Returns every annotation as W3C JSON-LD.
   *
   * @param plainArray true for a plain JSON array of annotations (each with its own {@code
   *     @context}), false for an AnnotationCollection holding one AnnotationPage
   */
  public synchronized String exportJsonLd(boolean plainArray) {
    return exportJsonLd(plainArray, List.of());
  }

  /**
   * Returns every annotation as W3C JSON-LD, followed by other annotations of the workspace (the
   * analysts' corrections), so that one file carries all of them.
   *
   * @param plainArray true for a plain JSON array, false for an AnnotationCollection
   * @param others further annotations, each without {@code @context}
   */
  public synchronized String exportJsonLd(boolean plainArray, List<ObjectNode> others) {
    try {
      ObjectNode collection = collection();
      ArrayNode array = array();
      for (ObjectNode other : others) {
        ObjectNode withContext = mapper.createObjectNode();
        withContext.set("@context", codec.context());
        withContext.setAll(other);
        array.add(withContext);
        ((ArrayNode) collection.get("first").get("items")).add(other);
      }
      collection.put("total", annotations.size() + others.size());
      return mapper.writeValueAsString(plainArray ? array : collection);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private ArrayNode array() {
    ArrayNode array = mapper.createArrayNode();
    for (Annotation annotation : annotations.values()) {
      ObjectNode json = mapper.createObjectNode();
      json.set("@context", codec.context());
      json.setAll(codec.toJson(annotation));
      array.add(json);
    }
    return array;
  }

  private ObjectNode collection() {
    ObjectNode collection = mapper.createObjectNode();
    collection.set("@context", codec.context());
    collection.put("id", "urn:parallax:annotations");
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Parallax annotations");
    collection.put("total", annotations.size());
    ObjectNode page = collection.putObject("first");
    page.put("type", "AnnotationPage");
    page.put("startIndex", 0);
    ArrayNode items = page.putArray("items");
    annotations.values().forEach(annotation -> items.add(codec.toJson(annotation)));
    return collection;
  }

  private void write() throws IOException {
    byte[] bytes = exportJsonLd(false).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(bytes));
  }

  /** Returns the annotations of a JSON-LD document: one, an array, a page or a collection. */
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
