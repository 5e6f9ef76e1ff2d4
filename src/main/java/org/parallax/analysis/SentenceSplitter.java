package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.parallax.model.Span;

/**
 * Splits one block of normalised text into sentences: OpenNLP's boundaries, then {@link
 * BoundaryRepair}'s corrections, then whitespace trimmed from every sentence.
 *
 * <p>Boundaries are handled as cut points between two sentences rather than as OpenNLP's spans, so
 * the sentences always tile the block's non-whitespace content whatever the detector returns.
 */
final class SentenceSplitter {

  private SentenceSplitter() {}

  /** Returns the sentence spans of {@code block} inside {@code text}, absolute and trimmed. */
  static List<Span> split(SentenceDetectorME detector, String text, Span block) {
    String blockText = block.of(text);
    List<Integer> cuts = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(blockText)) {
      if (s.getEnd() > 0 && s.getEnd() < blockText.length()) {
        cuts.add(s.getEnd());
      }
    }
    List<Integer> kept = BoundaryRepair.repair(blockText, cuts);
    List<Span> sentences = new ArrayList<>();
    int from = 0;
    for (int cut : kept) {
      addTrimmed(blockText, from, cut, block.start(), sentences);
      from = cut;
    }
    addTrimmed(blockText, from, blockText.length(), block.start(), sentences);
    return sentences;
  }

  private static void addTrimmed(String text, int start, int end, int offset, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start + offset, end + offset));
    }
  }
}
