package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;
import org.parallax.ui.annotate.AnnotationStyles;

/**
 * An article's text as a selectable text area shows it: one paragraph per block, one char of the
 * area per char of the block, so selections map back to article offsets. Toolkit-free.
 *
 * @param text the area's text, blocks separated by line breaks
 * @param blocks the article span each paragraph shows
 * @param kinds each paragraph's block kind
 * @param paragraphStart where each paragraph starts in {@code text}
 */
record ArticleDocument(
    String text, List<Span> blocks, List<BlockKind> kinds, List<Integer> paragraphStart) {

  /** Copies the lists so the record stays immutable. */
  ArticleDocument {
    blocks = List.copyOf(blocks);
    kinds = List.copyOf(kinds);
    paragraphStart = List.copyOf(paragraphStart);
  }

  /** Lays out an article's blocks (its whole text as one block when it has none). */
  static ArticleDocument of(Article article) {
    List<Span> spans = new ArrayList<>();
    List<BlockKind> kinds = new ArrayList<>();
    for (Block block : article.blocks()) {
      spans.add(block.span());
      kinds.add(block.kind());
    }
    if (spans.isEmpty()) {
      spans.add(new Span(0, article.text().length()));
      kinds.add(BlockKind.BODY);
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (Span span : spans) {
      if (!starts.isEmpty()) {
        text.append('\n');
      }
      starts.add(text.length());
      text.append(span.of(article.text()).replace('\n', ' ').replace('\r', ' '));
    }
    return new ArticleDocument(text.toString(), spans, kinds, starts);
  }

  /** Returns the article passage an area selection covers, or empty when it covers no block. */
  Optional<Span> articleSpan(int start, int end) {
    Integer from = null;
    Integer to = null;
    for (int i = 0; i < blocks.size(); i++) {
      Span block = blocks.get(i);
      int paragraph = paragraphStart.get(i);
      int clippedStart = Math.max(start, paragraph);
      int clippedEnd = Math.min(end, paragraph + block.length());
      if (clippedEnd > clippedStart) {
        if (from == null) {
          from = block.start() + clippedStart - paragraph;
        }
        to = block.start() + clippedEnd - paragraph;
      }
    }
    return from == null ? Optional.empty() : Optional.of(new Span(from, to));
  }

  /** Returns the area runs of annotated passages, styled {@link AnnotationStyles#ANNOTATED}. */
  List<StyledRange> marks(List<Annotation> annotations) {
    List<StyledRange> runs = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation.isOrphan()) {
        continue;
      }
      for (int i = 0; i < blocks.size(); i++) {
        Span block = blocks.get(i);
        int from = Math.max(annotation.span().start(), block.start());
        int to = Math.min(annotation.span().end(), block.end());
        if (to > from) {
          int paragraph = paragraphStart.get(i);
          runs.add(
              new StyledRange(
                  paragraph + from - block.start(),
                  paragraph + to - block.start(),
                  AnnotationStyles.ANNOTATED));
        }
      }
    }
    return runs;
  }

  /** Returns the area offset where an article offset shows, or -1 outside every block. */
  int areaOffset(int articleOffset) {
    for (int i = 0; i < blocks.size(); i++) {
      Span block = blocks.get(i);
      if (articleOffset >= block.start() && articleOffset < block.end()) {
        return paragraphStart.get(i) + articleOffset - block.start();
      }
    }
    return -1;
  }
}
