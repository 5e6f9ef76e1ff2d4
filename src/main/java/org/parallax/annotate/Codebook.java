package org.parallax.annotate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tags researchers choose from when they annotate, editable per workspace.
 *
 * <p>Ships with tags for news verification; a workspace's own list is kept in {@code codebook.json}
 * beside the annotations.
 */
public final class Codebook {

  /** The tags a new workspace starts with. */
  public static final List<String> DEFAULT_TAGS =
      List.of(
          "unsupported-claim",
          "verbatim-copy",
          "unattributed-copy",
          "changed-attribution",
          "invented-attribution",
          "altered-quote",
          "factual-discrepancy",
          "changed-number",
          "changed-name-or-title",
          "changed-date",
          "added-detail",
          "omitted-detail",
          "hedged-or-overstated",
          "needs-verification",
          "verified");

  private static final String FILE_NAME = "codebook.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Set<String> tags;

  private Codebook(Path file, Set<String> tags) {
    this.file = file;
    this.tags = tags;
  }

  /**
   * Opens the codebook of an annotations folder, starting from the default tags when it has none.
   *
   * @throws IOException when the file exists but cannot be read as a JSON list of tags
   */
  public static Codebook open(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    AtomicFile.removeLeftovers(file);
    if (!Files.exists(file)) {
      return new Codebook(file, new LinkedHashSet<>(DEFAULT_TAGS));
    }
    try {
      List<String> stored = MAPPER.readValue(file.toFile(), new TypeReference<List<String>>() {});
      return new Codebook(file, new LinkedHashSet<>(stored));
    } catch (IOException e) {
      throw new IOException(file + " is not a JSON list of tags: " + e.getMessage(), e);
    }
  }

  /** Returns the tags in their order. */
  public synchronized List<String> tags() {
    return List.copyOf(tags);
  }

  /**
   * Adds a tag (lower case, words joined by hyphens) and saves.
   *
   * @return the tag as stored
   * @throws IOException when the codebook cannot be written
   */
  public synchronized String add(String tag) throws IOException {
    String normalized = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("a tag needs at least one letter");
    }
    tags.add(normalized);
    save();
    return normalized;
  }

  /**
   * Removes a tag from the codebook (annotations that carry it keep it) and saves.
   *
   * @throws IOException when the codebook cannot be written
   */
  public synchronized void remove(String tag) throws IOException {
    tags.remove(tag);
    save();
  }

  private void save() throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(new ArrayList<>(tags));
    AtomicFile.write(file, out -> out.write(bytes));
  }
}
