package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;

/**
 * Reads plain text as one article whose text is the file's content exactly; structure and metadata
 * come from {@link PlainTextLayout}.
 */
final class PlainTextReader implements FormatReader {

  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean recognises(RawFile file) {
    String head = file.head(256).stripLeading();
    return !head.isEmpty()
        && !head.startsWith("<")
        && !head.startsWith("%PDF-")
        && !JsonArticleReader.looksLikeJson(file);
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    ArticleDraft draft = new ArticleDraft();
    List<Block> blocks = PlainTextLayout.lay(file.text(), draft);
    if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.BODY)) {
      throw new IngestException(file.name(), "no running text found, only headings or captions");
    }
    return List.of(draft.build(file.text(), blocks, file, format()));
  }
}
