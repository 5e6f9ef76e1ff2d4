package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionKind;
import org.parallax.model.Block;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * Finds the quoted words of an article (the text between paired quotation marks, in normalised
 * text) and gives each sentence the part of them it holds.
 *
 * <p>After normalisation every double quotation mark is {@code "}, whether it was straight, curly,
 * mismatched (a straight mark closed by a curly one) or escaped ({@code \"}). Marks are paired in
 * order inside each block; an opening mark left unpaired at the end of a block quotes to the end of
 * the block, as news style does for a quotation that runs on into the next paragraph.
 */
final class QuotedWordsFinder {

  private QuotedWordsFinder() {}

  /** Returns the spans of quoted words (without the marks) in every block. */
  static List<Quote> find(String text, List<Block> blocks) {
    List<Quote> quotes = new ArrayList<>();
    for (Block block : blocks) {
      int open = -1;
      for (int i = block.span().start(); i < block.span().end(); i++) {
        if (text.charAt(i) != '"') {
          continue;
        }
        if (open < 0) {
          open = i;
        } else {
          addQuote(text, open + 1, i, quotes);
          open = -1;
        }
      }
      if (open >= 0) {
        addQuote(text, open + 1, block.span().end(), quotes);
      }
    }
    return quotes;
  }

  private static void addQuote(String text, int start, int end, List<Quote> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Span span = new Span(start, end);
    if (span.of(text).chars().anyMatch(Character::isLetterOrDigit)) {
      out.add(new Quote(span.of(text), null, span));
    }
  }

  /**
   * Returns the sentences with their quotes: each sentence gets the part of every quotation that
   * lies inside it, with the speaker its own attribution names, else the speaker named in another
   * sentence the same quotation runs through.
   */
  static List<AnalyzedSentence> assign(
      String text, List<Quote> quotes, List<AnalyzedSentence> sentences) {
    List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
    for (AnalyzedSentence sentence : sentences) {
      Span bounds = sentence.sentence().span();
      List<Quote> inside = new ArrayList<>();
      for (Quote quote : quotes) {
        if (!quote.span().overlaps(bounds)) {
          continue;
        }
        int start = Math.max(quote.span().start(), bounds.start());
        int end = Math.min(quote.span().end(), bounds.end());
        List<Quote> piece = new ArrayList<>();
        addQuote(text, start, end, piece);
        String speaker = speakerOf(quote, sentence, sentences);
        piece.forEach(p -> inside.add(new Quote(p.text(), speaker, p.span())));
      }
      out.add(
          new AnalyzedSentence(
              sentence.sentence(),
              sentence.tokens(),
              sentence.mentions(),
              outsideQuotes(sentence.attributions(), quotes),
              inside,
              sentence.embedding()));
    }
    return out;
  }

  /** Drops "we said" inside a quotation: the report credits the quotation, not its words. */
  private static List<Attribution> outsideQuotes(
      List<Attribution> attributions, List<Quote> quotes) {
    return attributions.stream()
        .filter(a -> quotes.stream().noneMatch(q -> q.span().contains(a.span())))
        .toList();
  }

  private static String speakerOf(
      Quote quote, AnalyzedSentence own, List<AnalyzedSentence> sentences) {
    String speaker = speakerIn(own, quote.span());
    if (speaker != null) {
      return speaker;
    }
    for (AnalyzedSentence other : sentences) {
      if (other != own && other.sentence().span().overlaps(quote.span())) {
        speaker = speakerIn(other, quote.span());
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  /** The source of the attribution nearest the quotation, outside it, that credits a speaker. */
  private static String speakerIn(AnalyzedSentence sentence, Span quote) {
    String speaker = null;
    int nearest = Integer.MAX_VALUE;
    for (Attribution attribution : sentence.attributions()) {
      boolean speaks =
          attribution.kind() != AttributionKind.DECLINED
              && attribution.kind() != AttributionKind.OUTLET;
      int distance = distance(attribution.span(), quote);
      if (speaks && !quote.overlaps(attribution.span()) && distance < nearest) {
        speaker = attribution.source();
        nearest = distance;
      }
    }
    return speaker;
  }

  private static int distance(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }
}
