package org.parallax.ui.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Comparison;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.SharedQuote;
import org.parallax.model.Span;

/**
 * Builds what one pane of a comparison shows: each sentence styled by its relation, the words a
 * changed pair dropped or added, shared quotes, boilerplate, and the analyst's corrections over
 * them.
 */
final class PaneDocuments {

  private PaneDocuments() {}

  /** Returns the marked document of one side of a comparison. */
  static PaneDocument of(Comparison comparison, Side side) {
    boolean left = side == Side.LEFT;
    AnalyzedArticle article = left ? comparison.left() : comparison.right();
    Map<Integer, String> relationOf = new HashMap<>();
    for (SentencePair pair : comparison.pairs()) {
      String style = pair.relation() == Relation.CHANGED ? ClaimStyles.CHANGED : ClaimStyles.SHARED;
      for (int n : left ? pair.left() : pair.right()) {
        relationOf.put(n, style);
      }
    }
    Set<Integer> unsourced =
        new HashSet<>(left ? comparison.leftUnsourced() : comparison.rightUnsourced());
    PaneDocument.Builder builder = new PaneDocument.Builder(article, relationOf, unsourced);
    for (SentencePair pair : comparison.pairs()) {
      if (pair.relation() != Relation.CHANGED || pair.words() == null) {
        continue;
      }
      List<Integer> own = left ? pair.left() : pair.right();
      List<Span> spans = left ? pair.words().leftOnly() : pair.words().rightOnly();
      String style = left ? ClaimStyles.WORD_DROPPED : ClaimStyles.WORD_ADDED;
      for (Span span : spans) {
        for (int n : own) {
          if (builder.spanOf(n).overlaps(span)) {
            builder.mark(n, span, style);
          }
        }
      }
    }
    for (SharedQuote quote : comparison.quotes()) {
      if (quote.left().isEmpty() || quote.right().isEmpty()) {
        continue;
      }
      String style =
          VerdictWords.isVerbatim(quote) ? ClaimStyles.QUOTE_VERBATIM : ClaimStyles.QUOTE_ALTERED;
      Span span = left ? quote.leftSpan() : quote.rightSpan();
      if (span == null) {
        continue;
      }
      for (int n : left ? quote.left() : quote.right()) {
        builder.mark(n, span, style);
      }
    }
    // Boilerplate last, so a template's words stay grey even inside a changed pair.
    for (Span span : left ? comparison.leftBoilerplate() : comparison.rightBoilerplate()) {
      for (int n = 0; n < article.sentences().size(); n++) {
        if (builder.spanOf(n).overlaps(span)) {
          builder.mark(n, span, ClaimStyles.BOILERPLATE);
        }
      }
    }
    return CorrectionMarks.marked(builder.build(), CorrectionMarks.corrected(comparison, side));
  }
}
