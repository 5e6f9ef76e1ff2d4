package org.parallax.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.Sha256;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/**
 * The metadata a reader has gathered for one article so far; {@link #build} turns it and the text
 * into an {@link Article} with its id and hashes.
 */
final class ArticleDraft {

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

  String outlet;
  String url;
  String title;
  String byline;
  String dateline;
  Published published;
  String language;
  String guid;

  /**
   * Takes the dateline off the first body block: its place (and outlet) become metadata and the
   * block then starts at the report's first word, so that two reports from different places still
   * compare sentence for sentence.
   */
  List<Block> splitDateline(String text, List<Block> blocks) {
    List<Block> result = new ArrayList<>(blocks);
    for (int i = 0; i < result.size(); i++) {
      Block block = result.get(i);
      if (block.kind() != BlockKind.BODY) {
        continue;
      }
      Optional<Dateline> found = Dateline.at(block.span().of(text));
      if (found.isPresent() && found.get().length() < block.span().length()) {
        Dateline dateline = found.get();
        this.dateline = this.dateline != null ? this.dateline : dateline.place();
        this.outlet = this.outlet != null ? this.outlet : dateline.outlet();
        Span span = block.span();
        result.set(
            i, new Block(BlockKind.BODY, new Span(span.start() + dateline.length(), span.end())));
      }
      break;
    }
    return result;
  }

  Article build(String text, List<Block> blocks, RawFile file, String format) {
    String body =
        String.join(
            " ",
            blocks.stream()
                .filter(b -> b.kind() == BlockKind.BODY)
                .map(b -> b.span().of(text))
                .toList());
    String cleanUrl = clean(url);
    String cleanOutlet = clean(outlet);
    String cleanTitle = clean(title);
    return new Article(
        ArticleIds.of(cleanUrl, clean(guid), cleanOutlet, cleanTitle, published, body),
        1,
        Sha256.of(text),
        cleanOutlet,
        cleanUrl,
        cleanTitle,
        clean(byline),
        clean(dateline),
        published,
        language == null || language.isBlank() ? "en" : language.strip(),
        text,
        blocks,
        new SourceFile(file.name(), file.sha256(), format),
        Instant.now());
  }

  /** Collapses runs of white space and turns blank values into null. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String collapsed = WHITE_SPACE.matcher(value).replaceAll(" ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }
}
