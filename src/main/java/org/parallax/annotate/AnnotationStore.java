package org.parallax.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

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

  private final AnnotationJsonLd codec;
  private final Anchorer anchorer = new Anchorer();
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final JsonLdFile<Annotation> file;

  private AnnotationStore(Path folder, ArticleTexts texts, Clock clock) throws IOException {
    this.codec = new AnnotationJsonLd(texts);
    this.clock = clock;
    this.file =
        JsonLdFile.open(
            folder.resolve(FILE_NAME),
            "urn:parallax:annotations",
            "Parallax annotations",
            codec.context(),
            // Corrections travel in the same files; CorrectionStore keeps them.
            new JsonLdFile.Codec<>(
                item -> !CorrectionJsonLd.isCorrection(item),
                item -> codec.fromStoredJson(item, clock.instant()),
                codec::toJson,
                Annotation::id),
            clock);
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
    return new AnnotationStore(folder, texts, clock);
  }

  /** Returns what went wrong reading the store, each naming the file and where it was kept. */
  public synchronized List<String> problems() {
    return file.problems();
  }

  /** Returns every annotation, in the order they were first saved. */
  public synchronized List<Annotation> all() {
    return file.all();
  }

  /** Returns the annotations on one article. */
  public synchronized List<Annotation> forArticle(ArticleId article) {
    return file.where(a -> a.article().equals(article));
  }

  /** Returns the annotations whose passage could not be found, with their original quote. */
  public synchronized List<Annotation> orphans() {
    return file.where(Annotation::isOrphan);
  }

  /**
   * Adds an annotation, or replaces the stored one with the same id, and saves at once.
   *
   * @throws IOException when the file cannot be written; the previous file is then intact
   */
  public synchronized void save(Annotation annotation) throws IOException {
    file.saveAll(List.of(annotation));
  }

  /**
   * Removes an annotation and saves at once.
   *
   * @throws IOException when the file cannot be written; the previous file is then intact
   */
  public synchronized void delete(String id) throws IOException {
    file.delete(id);
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
      results.add(anchorer.anchor(annotation, newVersion));
    }
    if (!results.isEmpty()) {
      file.saveAll(results.stream().map(Anchoring::annotation).toList());
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
    Map<String, Annotation> anchored = new LinkedHashMap<>();
    List<String> itemProblems = new ArrayList<>();
    for (JsonNode item : JsonLdFile.items(root)) {
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
        if (file.contains(read.id()) || anchored.containsKey(read.id())) {
          updated++;
        } else {
          added++;
        }
        anchored.put(read.id(), anchoring.annotation());
      } catch (IllegalArgumentException e) {
        itemProblems.add(e.getMessage());
      }
    }
    if (!anchored.isEmpty()) {
      file.saveAll(anchored.values());
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
      return mapper.writeValueAsString(plainArray ? file.array(others) : file.collection(others));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
