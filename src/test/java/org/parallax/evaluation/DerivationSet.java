package org.parallax.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.Span;

/**
 * Reads the graded derivation set ({@code src/test/resources/derivation}) and builds the two
 * articles of each pair: ECB+ documents from the shared data folder, rewrites from the set.
 */
final class DerivationSet {

  /** The outlet given to every ECB+ source, which carries none of its own. */
  static final String SOURCE_OUTLET = "ECB+ source";

  private static final int COLUMNS = 8;

  private final Path setFolder;
  private final Path ecbPlusFolder;

  /**
   * Creates a reader.
   *
   * @param setFolder the folder holding {@code pairs.tsv} and {@code rewrites/}
   * @param ecbPlusFolder the {@code ECB+} folder holding the topic folders
   */
  DerivationSet(Path setFolder, Path ecbPlusFolder) {
    this.setFolder = setFolder;
    this.ecbPlusFolder = ecbPlusFolder;
  }

  /** Reads {@code pairs.tsv}. */
  List<DerivationPair> pairs() throws IOException {
    List<String> lines = Files.readAllLines(setFolder.resolve("pairs.tsv"), StandardCharsets.UTF_8);
    List<DerivationPair> pairs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != COLUMNS) {
        throw new IOException("pairs.tsv: expected " + COLUMNS + " columns: " + line);
      }
      pairs.add(
          new DerivationPair(
              cells[0],
              Integer.parseInt(cells[1]),
              cells[2],
              switch (cells[3]) {
                case "heldout" -> true;
                case "fit" -> false;
                default ->
                    throw new IOException("pairs.tsv: split must be fit or heldout: " + line);
              },
              cells[4],
              cells[5],
              cells[6],
              cells[7].isBlank() ? null : LocalDate.parse(cells[7])));
    }
    return pairs;
  }

  /** Returns the pair's source as an article of the neutral source outlet, with no date. */
  Article left(DerivationPair pair) throws IOException {
    return withOutlet(ecbPlus(pair.left()), SOURCE_OUTLET, null);
  }

  /** Returns the pair's other report with the outlet and date the set gives it. */
  Article right(DerivationPair pair) throws IOException {
    Published published = pair.rightDate() == null ? null : Published.on(pair.rightDate());
    if (!pair.right().startsWith("rewrites/")) {
      return withOutlet(ecbPlus(pair.right()), pair.rightOutlet(), published);
    }
    Path file = setFolder.resolve(pair.right());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> paragraphs;
    if (pair.right().endsWith(".edits")) {
      paragraphs =
          RewriteEdits.parse(pair.right(), lines)
              .apply(pair.right(), ecbPlus(pair.left()).paragraphs());
    } else {
      paragraphs = paragraphsOf(String.join("\n", lines));
    }
    return article(pair.id(), paragraphs, pair.rightOutlet(), published);
  }

  private Article ecbPlus(String reference) throws IOException {
    Path file = ecbPlusFolder.resolve(reference);
    return EcbPlusReader.read(file.getFileName().toString(), Files.readAllBytes(file)).article();
  }

  private static List<String> paragraphsOf(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip().replace('\n', ' '));
      }
    }
    return paragraphs;
  }

  private static Article withOutlet(Article article, String outlet, Published published) {
    return new Article(
        article.id(),
        article.version(),
        article.contentHash(),
        outlet,
        null,
        null,
        null,
        null,
        published,
        article.language(),
        article.text(),
        article.blocks(),
        article.source(),
        article.ingestedAt());
  }

  private static Article article(
      String id, List<String> paragraphs, String outlet, Published published) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(paragraph);
      blocks.add(new Block(BlockKind.BODY, new Span(start, text.length())));
    }
    String content = text.toString();
    return new Article(
        new ArticleId("rewrite-" + id),
        1,
        sha256(content),
        outlet,
        null,
        null,
        null,
        null,
        published,
        "en",
        content,
        blocks,
        null,
        Instant.EPOCH);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
