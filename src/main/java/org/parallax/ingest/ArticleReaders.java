package org.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/**
 * Reads files of any supported format as articles: the entry point of ingest.
 *
 * <p>Returned articles carry version 1; the workspace decides the real version when it stores them.
 *
 * <p>FOUNDATION NOTE: this first version reads plain UTF-8 text only (paragraphs split on blank
 * lines); the ingest work replaces it with format detection and one reader per format, keeping
 * these two methods.
 */
public final class ArticleReaders {

  private ArticleReaders() {}

  /** Returns the readers for every supported format. */
  public static ArticleReaders standard() {
    return new ArticleReaders();
  }

  /**
   * Reads a file as one or more articles.
   *
   * @param file the file
   * @throws IngestException when it is not a readable article, naming the file and why
   */
  public List<Article> read(Path file) throws IngestException {
    try {
      return read(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IngestException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads bytes as one or more articles.
   *
   * @param fileName the file's name, used in messages and provenance
   * @param bytes its content
   * @throws IngestException when it is not a readable article, naming the file and why
   */
  public List<Article> read(String fileName, byte[] bytes) throws IngestException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new IngestException(fileName, "the file is empty");
    }
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (String paragraph : text.split("\n\\s*\n", -1)) {
      int at = text.indexOf(paragraph, start);
      String trimmed = paragraph.strip();
      if (!trimmed.isEmpty()) {
        int offset = at + paragraph.indexOf(trimmed);
        blocks.add(new Block(BlockKind.BODY, new Span(offset, offset + trimmed.length())));
      }
      start = at + paragraph.length();
    }
    String hash = sha256(text.getBytes(StandardCharsets.UTF_8));
    Article article =
        new Article(
            new ArticleId(hash.substring(0, 16)),
            1,
            hash,
            null,
            null,
            null,
            null,
            null,
            null,
            "en",
            text,
            blocks,
            new SourceFile(fileName, sha256(bytes), "text"),
            Instant.now());
    return List.of(article);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
