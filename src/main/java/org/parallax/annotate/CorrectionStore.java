package org.parallax.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Correction;

/**
 * The analysts' corrections of a workspace, kept beside its annotations in one W3C JSON-LD file
 * ({@link JsonLdFile}) that every change rewrites atomically: a kill during a save leaves the old
 * file or the new one, never a part.
 *
 * <p>A file that cannot be read is copied aside (its name ends in {@code .corrupt-} and a time
 * stamp) and reported through {@link #problems()}; what could be read stays. Thread-safe.
 */
public final class CorrectionStore {

  /** The file name inside the annotations folder. */
  public static final String FILE_NAME = "corrections.jsonld";

  private final CorrectionJsonLd codec;
  private final JsonLdFile<Correction> file;

  private CorrectionStore(Path folder, ArticleTexts texts, Clock clock) throws IOException {
    this.codec = new CorrectionJsonLd(texts);
    this.file =
        JsonLdFile.open(
            folder.resolve(FILE_NAME),
            "urn:parallax:corrections",
            "Parallax corrections",
            new AnnotationJsonLd(texts).context(),
            new JsonLdFile.Codec<>(
                CorrectionJsonLd::isCorrection,
                item -> codec.fromJson(item, clock.instant()),
                codec::toJson,
                Correction::id),
            clock);
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
    return new CorrectionStore(folder, texts, clock);
  }

  /** Returns what went wrong reading the store, each naming the file and where it was kept. */
  public synchronized List<String> problems() {
    return file.problems();
  }

  /** Returns every correction, oldest first. */
  public synchronized List<Correction> all() {
    return file.all();
  }

  /**
   * Adds a correction, or replaces the stored one with the same id, and saves at once.
   *
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized void save(Correction correction) throws IOException {
    file.saveAll(List.of(correction));
  }

  /**
   * Replaces several corrections at once (re-anchored in new versions) and saves once.
   *
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized void saveAll(List<Correction> changed) throws IOException {
    file.saveAll(changed);
  }

  /**
   * Removes a correction and saves at once.
   *
   * @return whether it was stored
   * @throws IOException when the file cannot be written; the store and file are then unchanged
   */
  public synchronized boolean delete(String id) throws IOException {
    return file.delete(id);
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
    int before = file.size();
    List<String> unreadable = new ArrayList<>();
    List<Correction> read = file.readAll(root, unreadable);
    if (!read.isEmpty()) {
      file.saveAll(read);
    }
    int added = file.size() - before;
    return new AnnotationImport(added, read.size() - added, 0, unreadable);
  }

  /** Returns every correction as a JSON-LD object without {@code @context}, oldest first. */
  public synchronized List<ObjectNode> toJson() {
    return file.all().stream().map(codec::toJson).toList();
  }
}
