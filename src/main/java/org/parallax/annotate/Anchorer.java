package org.parallax.annotate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.NormalizedText;
import org.parallax.model.Passage;
import org.parallax.model.Span;

/**
 * Makes annotations on a passage of an article and finds their passage again in another version.
 *
 * <p>Re-anchoring tries, in order: the recorded position (when the words there are unchanged), the
 * exact words (choosing among repeats by the surrounding context), then approximate matching of the
 * words allowing a quarter of their characters to change. What none of these finds becomes an
 * orphan that keeps its quote.
 */
public final class Anchorer {

  /** How many chars of context before and after the passage an annotation records. */
  public static final int CONTEXT_CHARS = 32;

  private static final double MAX_EDIT_RATE = 0.25;

  /**
   * Creates an annotation on {@code span} of the article's current text.
   *
   * @param article the annotated article version
   * @param span the passage, in chars of {@code article.text()}
   * @param tags codebook tags
   * @param note free text
   * @param author who writes it
   * @param now the time of creation
   */
  public Annotation annotate(
      Article article, Span span, List<String> tags, String note, String author, Instant now) {
    return new Annotation(
        "urn:uuid:" + UUID.randomUUID(),
        article.id(),
        Annotation.targetSourceOf(article),
        article.contentHash(),
        passage(article.text(), span),
        tags,
        note,
        author,
        now,
        now);
  }

  /** Finds the annotation's passage in {@code article}'s text. */
  public Anchoring anchor(Annotation annotation, Article article) {
    Located located = locate(article.text(), annotation.passage());
    return new Anchoring(
        annotation.anchoredAt(located.span(), article.contentHash()), located.method());
  }

  /**
   * Returns the passage of {@code text} at {@code span}, with its context, as an annotation records
   * it and a correction names a sentence.
   */
  public Passage passage(String text, Span span) {
    return new Passage(
        span,
        span.of(text),
        text.substring(Math.max(0, span.start() - CONTEXT_CHARS), span.start()),
        text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT_CHARS)));
  }

  /**
   * Finds a passage again in {@code text} (another version of its article), as annotations are
   * found again; the result's span is null when it cannot be found.
   */
  public Passage anchor(Passage passage, String text) {
    return passage.at(locate(text, passage).span());
  }

  /** Where a passage was found, and how; a null span for an orphan. */
  private record Located(Span span, AnchorMethod method) {}

  private static Located locate(String text, Passage passage) {
    Span recorded = passage.span();
    if (recorded != null
        && recorded.end() <= text.length()
        && recorded.of(text).equals(passage.exact())) {
      return new Located(recorded, AnchorMethod.POSITION);
    }
    String normalizedText = NormalizedText.of(text);
    String exact = NormalizedText.of(passage.exact());
    List<Span> exactHits = occurrences(normalizedText, exact);
    if (!exactHits.isEmpty()) {
      return new Located(bestByContext(exactHits, normalizedText, passage), AnchorMethod.QUOTE);
    }
    int maxEdits = (int) Math.floor(exact.length() * MAX_EDIT_RATE);
    List<Span> fuzzyHits = new ArrayList<>();
    for (ApproximateMatcher.Match match :
        ApproximateMatcher.bestMatches(normalizedText, exact, maxEdits)) {
      fuzzyHits.add(withoutSurroundingWhitespace(match.span(), normalizedText));
    }
    fuzzyHits.removeIf(span -> span.length() == 0);
    if (!fuzzyHits.isEmpty()) {
      return new Located(bestByContext(fuzzyHits, normalizedText, passage), AnchorMethod.FUZZY);
    }
    return new Located(null, AnchorMethod.ORPHAN);
  }

  private static List<Span> occurrences(String text, String words) {
    List<Span> hits = new ArrayList<>();
    if (words.isEmpty()) {
      return hits;
    }
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      hits.add(new Span(at, at + words.length()));
    }
    return hits;
  }

  private static Span bestByContext(List<Span> candidates, String text, Passage passage) {
    String prefix = NormalizedText.of(passage.prefix());
    String suffix = NormalizedText.of(passage.suffix());
    int recordedStart = passage.span() == null ? 0 : passage.span().start();
    Comparator<Span> byContext =
        Comparator.comparingInt((Span span) -> contextAgreement(span, text, prefix, suffix))
            .reversed()
            .thenComparingInt(span -> Math.abs(span.start() - recordedStart));
    return candidates.stream().min(byContext).orElseThrow();
  }

  private static int contextAgreement(Span span, String text, String prefix, String suffix) {
    int before = 0;
    while (before < prefix.length()
        && span.start() - before - 1 >= 0
        && text.charAt(span.start() - before - 1) == prefix.charAt(prefix.length() - before - 1)) {
      before++;
    }
    int after = 0;
    while (after < suffix.length()
        && span.end() + after < text.length()
        && text.charAt(span.end() + after) == suffix.charAt(after)) {
      after++;
    }
    return before + after;
  }

  /**
   * Returns {@code span} narrowed to leave out the whitespace at its ends (a mouse selection or a
   * fuzzy match often takes some along), so an annotation's quote starts and ends on a character.
   *
   * @param text the text the span counts in
   */
  public static Span withoutSurroundingWhitespace(Span span, CharSequence text) {
    int start = span.start();
    int end = span.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
