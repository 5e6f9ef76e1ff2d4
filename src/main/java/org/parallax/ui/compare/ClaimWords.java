package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Attribution;
import org.parallax.model.DifferenceType;
import org.parallax.model.Quote;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;

/**
 * The short words the comparison tab uses for a claim: its relation, a difference type's label, and
 * the sources and quotes of its sentences, as the details pane and the differences list show them.
 */
final class ClaimWords {

  private ClaimWords() {}

  /** Returns the sources credited in the numbered sentences, as "kind: source (cue)". */
  static List<String> sources(AnalyzedArticle article, List<Integer> numbers) {
    List<String> out = new ArrayList<>();
    for (int n : numbers) {
      for (Attribution attribution : article.sentences().get(n).attributions()) {
        out.add(
            attribution.kind().name().toLowerCase(Locale.ROOT)
                + ": "
                + attribution.source()
                + (attribution.cue() == null ? "" : " (" + attribution.cue() + ")"));
      }
    }
    return out;
  }

  /** Returns the quotes of the numbered sentences, with their speakers. */
  static List<String> quotes(AnalyzedArticle article, List<Integer> numbers) {
    List<String> out = new ArrayList<>();
    for (int n : numbers) {
      AnalyzedSentence sentence = article.sentences().get(n);
      for (Quote quote : sentence.quotes()) {
        out.add(
            "“" + quote.text() + "”" + (quote.speaker() == null ? "" : " — " + quote.speaker()));
      }
    }
    return out;
  }

  /**
   * Returns the pair's relation in words: "shared, reworded" where nothing material changed but the
   * wording differs, so the marked words of a pair without differences are not a puzzle.
   */
  static String relation(SentencePair pair) {
    if (pair.relation() == Relation.CHANGED) {
      return "shared, changed";
    }
    boolean reworded = !pair.words().leftOnly().isEmpty() || !pair.words().rightOnly().isEmpty();
    return reworded ? "shared, reworded" : "shared";
  }

  /** Returns a difference type in words, such as "Title changed". */
  static String type(DifferenceType type) {
    return switch (type) {
      case ENTITY -> "Name changed";
      case NUMBER -> "Number changed";
      case TIME -> "Time changed";
      case TITLE -> "Title changed";
      case ATTRIBUTION -> "Attribution changed";
      case QUOTE -> "Quote altered";
      case HEDGE -> "Certainty changed";
      case NEGATION -> "Negated";
      case CONTRARY -> "Opposite wording";
      case OMISSION -> "Detail omitted";
      case ADDITION -> "Detail added";
    };
  }
}
