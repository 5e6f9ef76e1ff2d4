package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;

/**
 * Builds the text of a marked-up article: each block's text with white space collapsed, blocks
 * joined by a blank line, and the block spans into that text.
 */
final class BlockText {

  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();

  /** Adds a block unless its text is blank. */
  void add(BlockKind kind, String raw) {
    String value = ArticleDraft.clean(raw);
    if (value == null) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(value);
    blocks.add(new Block(kind, new Span(start, text.length())));
  }

  /** Adds each paragraph of plain text (separated by blank lines, or by line breaks if none). */
  void addPlainParagraphs(String plain) {
    String normalised = plain.replace("\r\n", "\n");
    String separator = normalised.contains("\n\n") ? "\n\\s*\n" : "\n";
    for (String paragraph : normalised.split(separator)) {
      add(BlockKind.BODY, paragraph);
    }
  }

  boolean hasBody() {
    return blocks.stream().anyMatch(b -> b.kind() == BlockKind.BODY);
  }

  String text() {
    return text.toString();
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
