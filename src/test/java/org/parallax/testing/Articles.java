package org.parallax.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.Sha256;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/**
 * Builds articles for tests, so a test names only the parts it is about: {@code
 * Articles.withId("wire").outlet("Reuters").published("2026-03-03").paragraphs(...).build()}.
 *
 * <p>By default an article is version 1 in English, its content hash is the SHA-256 of its text, it
 * was ingested at the epoch, and it has no other metadata and no source file.
 */
public final class Articles {

  private final String id;
  private String outlet;
  private String title;
  private String url;
  private String byline;
  private Published published;
  private String text = "";
  private List<Block> blocks = List.of();
  private boolean sourceFile;

  private Articles(String id) {
    this.id = id;
  }

  /** Starts an article with the given id. */
  public static Articles withId(String id) {
    return new Articles(id);
  }

  /**
   * Returns an article read from a text file {@code ID.txt}, one body paragraph per line of {@code
   * paragraphs}, as index tests store them.
   *
   * @param isoDate the publication day ({@code 2026-03-09}); null for none
   */
  public static Article article(
      String id, String outlet, String title, String isoDate, String... paragraphs) {
    return withId(id)
        .outlet(outlet)
        .title(title)
        .published(isoDate)
        .paragraphs(paragraphs)
        .fromTextFile()
        .build();
  }

  /**
   * Returns a test article whose text is {@code text} exactly, with a body block for each part
   * between blank lines, as analysis tests read raw text.
   */
  public static Article body(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        blocks.add(new Block(BlockKind.BODY, new Span(start, end)));
      }
      start = end + 2;
    }
    return of(text, blocks);
  }

  /** Returns a test article with this text and these blocks, however odd, as analysis probes. */
  public static Article of(String text, List<Block> blocks) {
    return withId("test").outlet("Test").text(text, blocks).build();
  }

  /** Sets the outlet. */
  public Articles outlet(String value) {
    outlet = value;
    return this;
  }

  /** Sets the title. */
  public Articles title(String value) {
    title = value;
    return this;
  }

  /** Sets the byline; null for none. */
  public Articles byline(String value) {
    byline = value;
    return this;
  }

  /** Sets the URL. */
  public Articles url(String value) {
    url = value;
    return this;
  }

  /** Sets the publication day as an ISO date ({@code 2026-03-09}); null for none. */
  public Articles published(String isoDate) {
    published = isoDate == null ? null : Published.on(LocalDate.parse(isoDate));
    return this;
  }

  /** Sets the publication date or time; null for none. */
  public Articles published(Published value) {
    published = value;
    return this;
  }

  /** Sets the text to these body paragraphs, separated by blank lines, one block each. */
  public Articles paragraphs(List<String> paragraphs) {
    StringBuilder joined = new StringBuilder();
    List<Block> bodies = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (joined.length() > 0) {
        joined.append("\n\n");
      }
      bodies.add(
          new Block(
              BlockKind.BODY, new Span(joined.length(), joined.length() + paragraph.length())));
      joined.append(paragraph);
    }
    text = joined.toString();
    blocks = bodies;
    return this;
  }

  /** Sets the text to these body paragraphs, separated by blank lines, one block each. */
  public Articles paragraphs(String... paragraphs) {
    return paragraphs(List.of(paragraphs));
  }

  /** Sets the text and its blocks as given. */
  public Articles text(String value, List<Block> parts) {
    text = value;
    blocks = List.copyOf(parts);
    return this;
  }

  /** Gives the article a source file {@code ID.txt} in the text format, hashed like its text. */
  public Articles fromTextFile() {
    sourceFile = true;
    return this;
  }

  /** Returns the article. */
  public Article build() {
    String hash = Sha256.of(text);
    return new Article(
        new ArticleId(id),
        1,
        hash,
        outlet,
        url,
        title,
        byline,
        null,
        published,
        "en",
        text,
        blocks,
        sourceFile ? new SourceFile(id + ".txt", hash, "text") : null,
        Instant.EPOCH);
  }
}
