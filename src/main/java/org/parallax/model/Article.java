package org.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of a news report as Parallax stores it.
 *
 * <p>{@link #text()} is the article's text as received (for plain text files, the file's content
 * exactly; for marked-up formats, the text extracted from the markup with blocks separated by blank
 * lines). Every offset anywhere in Parallax points into it. Metadata lines such as a byline or a
 * {@code date} prefix stay in the text but lie outside every {@link Block}.
 *
 * @param id the story's identity, shared by all its versions
 * @param version 1 for the first version ingested, then 2, 3 ...
 * @param contentHash hex SHA-256 of {@link #text()} (the version's identity)
 * @param outlet who published it, such as {@code Reuters}; null when unknown
 * @param url canonical address; null when unknown
 * @param title headline; null when unknown
 * @param byline the author(s) as printed; null when absent
 * @param dateline the place of the dateline, such as {@code DAKAR}; null when absent
 * @param published when it was published; null when unknown
 * @param language BCP 47 language tag such as {@code en}
 * @param text the text every offset points into
 * @param blocks body paragraphs, headings and captions in reading order
 * @param source the file it came from; null when pasted
 * @param ingestedAt when this version was stored
 */
public record Article(
    ArticleId id,
    int version,
    String contentHash,
    String outlet,
    String url,
    String title,
    String byline,
    String dateline,
    Published published,
    String language,
    String text,
    List<Block> blocks,
    SourceFile source,
    Instant ingestedAt) {

  /** Words of letters a paragraph needs to open a report (fewer: a date or time line). */
  private static final int OPENING_WORDS = 4;

  private static final Pattern OPENING_WORD = Pattern.compile("\\p{L}{2,}");

  /** Checks the required parts and that every block lies inside the text. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    for (Block block : blocks) {
      if (block.span().end() > text.length()) {
        throw new IllegalArgumentException("block " + block + " outside text of " + id);
      }
    }
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
  }

  /**
   * Returns an article with no metadata holding {@code text} as one body paragraph (none when the
   * text is blank): what a sentence or a snippet of pasted text is compared as.
   *
   * @param id the article's id
   * @param contentHash the hash identifying this text
   * @param text the text
   */
  public static Article ofText(ArticleId id, String contentHash, String text) {
    List<Block> blocks =
        text.isBlank() ? List.of() : List.of(new Block(BlockKind.BODY, new Span(0, text.length())));
    return new Article(
        id,
        1,
        contentHash,
        null,
        null,
        null,
        null,
        null,
        null,
        "en",
        text,
        blocks,
        null,
        Instant.EPOCH);
  }

  /** Returns a copy of this article under another id. */
  public Article withId(ArticleId newId) {
    return copy(newId, version, outlet, title, published, ingestedAt);
  }

  /** Returns a copy of this article as the given version, stored at {@code newIngestedAt}. */
  public Article withVersion(int newVersion, Instant newIngestedAt) {
    return copy(id, newVersion, outlet, title, published, newIngestedAt);
  }

  /** Returns a copy of this article credited to another outlet. */
  public Article withOutlet(String newOutlet) {
    return copy(id, version, newOutlet, title, published, ingestedAt);
  }

  /** Returns a copy of this article under another title. */
  public Article withTitle(String newTitle) {
    return copy(id, version, outlet, newTitle, published, ingestedAt);
  }

  /** Returns a copy of this article published at another time. */
  public Article withPublished(Published newPublished) {
    return copy(id, version, outlet, title, newPublished, ingestedAt);
  }

  /** The one place a copy spells out every field: the fields the withers change, the rest kept. */
  private Article copy(
      ArticleId newId,
      int newVersion,
      String newOutlet,
      String newTitle,
      Published newPublished,
      Instant newIngestedAt) {
    return new Article(
        newId,
        newVersion,
        contentHash,
        newOutlet,
        url,
        newTitle,
        byline,
        dateline,
        newPublished,
        language,
        text,
        blocks,
        source,
        newIngestedAt);
  }

  /** Returns the text of the blocks of one kind, in reading order. */
  public List<String> textsOf(BlockKind kind) {
    return blocks.stream().filter(b -> b.kind() == kind).map(b -> b.span().of(text)).toList();
  }

  /** Returns the body paragraphs. */
  public List<String> paragraphs() {
    return textsOf(BlockKind.BODY);
  }

  /**
   * Returns the paragraph that opens the report: the first body paragraph that reads as text (a
   * leading date or time line does not), else the first one, else the whole text. A wire report's
   * opening is its lead: who did what.
   */
  public String opening() {
    List<String> paragraphs = paragraphs().isEmpty() ? List.of(text) : paragraphs();
    return paragraphs.stream()
        .filter(p -> OPENING_WORD.matcher(p).results().count() >= OPENING_WORDS)
        .findFirst()
        .orElse(paragraphs.get(0));
  }

  /** Returns the sub-headings. */
  public List<String> headings() {
    return textsOf(BlockKind.HEADING);
  }

  /** Returns the captions. */
  public List<String> captions() {
    return textsOf(BlockKind.CAPTION);
  }

  /** Returns a name for this article a person recognises: outlet and title where known. */
  public String displayName() {
    String who = outlet != null ? outlet : "Unknown outlet";
    return title != null ? who + ": " + title : who + " (" + id + ")";
  }
}
