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
import org.parallax.model.Correction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysts' corrections of a workspace, kept beside its annotations in one W3C JSON-LD file
 * that every change rewrites atomically (see {@link AtomicFile}): a kill during a save leaves the
 * old file or the new one, never a part.
 *
 * <p>A file that cannot be read is copied aside (its name ends in {@code .corrupt-} and a time
 * stamp) and reported through {@link #problems()}; what could be read stays. Thread-safe.
 */
public final class CorrectionStore {

  /** The file name inside the annotations folder. */
  public static final String FILE_NAME = "corrections.jsonld";

  private static final Logger LOG = LoggerFactory.getLogger(CorrectionStore.class);

  private final Path file;
  private final CorrectionJsonLd codec;
  private final AnnotationJsonLd context;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, Correction> corrections = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private CorrectionStore(Path folder, ArticleTexts texts, Clock clock) {
    this.file = folder.resolve(FILE_NAME);
    this.codec = new CorrectionJsonLd(texts);
    this.context = new AnnotationJsonLd(texts);
    this.clock = clock;
  }

  /**
   * Opens the store in {@code folder}, reading what is there.
   *
   * @param folder the workspace's annotations folder, created when missing
   * @param texts the articles corrections point into
   * @param clock the time source for corrections that give none
   * @throws IOException when the folder cannot be created or the file cannot be read
   */
  public static CorrectionStore open(Path folder, ArticleTexts texts, Clock clock)
      throws IOException {
    Files.createDirectories(folder);
    AtomicFile.removeLeftovers(folder.resolve(FILE_NAME));
    CorrectionStore store = new CorrectionStore(folder, texts, clock);
    store.load();
    return store;
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    List<String> unreadable = new ArrayList<>();
    try {
      read(mapper.readTree(Files.readString(file, StandardCharsets.UTF_8)), unreadable);
    } catch (JsonProcessingException e) {
      unreadable.add("the file is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (!unreadable.isEmpty()) {
      Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + clock.millis());
      Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
      unreadable.forEach(
          reason ->
              problems.add(file + ": " + reason + "; the file as it was is kept in " + aside));
      LOG.warn("corrections file {} had unreadable parts; kept aside as {}", file, aside);
    }
  }

  private int read(JsonNode root, List<String> unreadable) {
    int read = 0;
    for (JsonNode item : AnnotationStore.items(root)) {
      if (!CorrectionJsonLd.isCorrection(item)) {
        continue;
      }
      try {
        Correction correction = codec.fromJson(item, clock.instant());
        corrections.put(correction.id(), correction);
        read++;
      } catch (IllegalArgumentException e) {
        unreadable.add(e.getMessage());
      }
    }
    return read;
  }

  /** Returns what went wrong reading the store, each naming the file and where it was kept. */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** Returns every correction, oldest first. */
  public synchronized List<Correction> all() {
    return List.copyOf(corrections.values());
  }

  /**
   * Adds a correction, or replaces the stored one with the same id, and saves at once.
   *
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized void save(Correction correction) throws IOException {
    Correction previous = corrections.put(correction.id(), correction);
    try {
      write();
    } catch (IOException e) {
      restore(correction.id(), previous);
      throw e;
    }
  }

  /**
   * Replaces several corrections at once (re-anchored in new versions) and saves once.
   *
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized void saveAll(List<Correction> changed) throws IOException {
    Map<String, Correction> before = new LinkedHashMap<>(corrections);
    changed.forEach(correction -> corrections.put(correction.id(), correction));
    try {
      write();
    } catch (IOException e) {
      corrections.clear();
      corrections.putAll(before);
      throw e;
    }
  }

  /**
   * Removes a correction and saves at once.
   *
   * @return whether it was stored
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized boolean delete(String id) throws IOException {
    Correction previous = corrections.remove(id);
    if (previous == null) {
      return false;
    }
    try {
      write();
    } catch (IOException e) {
      restore(id, previous);
      throw e;
    }
    return true;
  }

  private void restore(String id, Correction previous) {
    if (previous == null) {
      corrections.remove(id);
    } else {
      corrections.put(id, previous);
    }
  }

  /**
   * Imports the corrections among W3C JSON-LD items (other annotations are skipped); one whose id
   * is stored is replaced, not duplicated.
   *
   * @param root one annotation, an array, an AnnotationPage or an AnnotationCollection
   * @return how many were imported, and the items that could not be
   * @throws IOException when the store cannot be written
   */
  public synchronized AnnotationImport importJsonLd(JsonNode root) throws IOException {
    int before = corrections.size();
    List<String> unreadable = new ArrayList<>();
    int read = read(root, unreadable);
    if (read > 0) {
      write();
    }
    int added = corrections.size() - before;
    return new AnnotationImport(added, read - added, 0, unreadable);
  }

  /** Returns every correction as a JSON-LD object without {@code @context}, oldest first. */
  public synchronized List<ObjectNode> toJson() {
    return corrections.values().stream().map(codec::toJson).toList();
  }

  private void write() throws IOException {
    ObjectNode collection = mapper.createObjectNode();
    collection.set("@context", context.context());
    collection.put("id", "urn:parallax:corrections");
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Parallax corrections");
    collection.put("total", corrections.size());
    ObjectNode page = collection.putObject("first");
    page.put("type", "AnnotationPage");
    page.put("startIndex", 0);
    ArrayNode items = page.putArray("items");
    toJson().forEach(items::add);
    byte[] bytes = mapper.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(bytes));
  }
}
