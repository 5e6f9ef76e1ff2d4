package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;

/**
 * What one comparison pane shows: one paragraph per sentence, the style classes of each paragraph
 * and the styled runs inside them. Built without a toolkit, so the styling is unit-tested.
 *
 * <p>Sentence {@code n} is paragraph {@code n}; line breaks inside a sentence (a caption run into
 * the text) become spaces so offsets stay one to one with the sentence text.
 *
 * @param text the pane's text, sentences separated by line breaks
 * @param paragraphStart where each sentence's paragraph starts in {@code text}
 * @param paragraphClasses the style classes of each sentence's paragraph
 * @param runs styled runs inside paragraphs, in {@code text} offsets
 */
public record PaneDocument(
    String text,
    List<Integer> paragraphStart,
    List<List<String>> paragraphClasses,
    List<StyledRange> runs) {

  /** Copies the lists so the record stays immutable. */
  public PaneDocument {
    paragraphStart = List.copyOf(paragraphStart);
    paragraphClasses = paragraphClasses.stream().map(List::copyOf).toList();
    runs = List.copyOf(runs);
  }

  /** Returns a copy that also carries {@code extra} runs (annotation marks). */
  PaneDocument withRuns(List<StyledRange> extra) {
    List<StyledRange> all = new ArrayList<>(runs);
    all.addAll(extra);
    return new PaneDocument(text, paragraphStart, paragraphClasses, all);
  }

  /** Returns the number of paragraphs (sentences). */
  int paragraphs() {
    return paragraphStart.size();
  }

  /** Returns the style classes of the run covering char {@code offset}, outermost first. */
  List<String> classesAt(int offset) {
    List<String> classes = new ArrayList<>();
    for (StyledRange run : runs) {
      if (run.start() <= offset && offset < run.end()) {
        classes.add(run.styleClass());
      }
    }
    return classes;
  }

  /** Assembles a pane document from an analysed article and what the comparison says of it. */
  static final class Builder {
    private final AnalyzedArticle article;
    private final Map<Integer, String> relationOf;
    private final Set<Integer> unsourced;
    private final List<StyledRange> runs = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Builder(AnalyzedArticle article, Map<Integer, String> relationOf, Set<Integer> unsourced) {
      this.article = article;
      this.relationOf = relationOf;
      this.unsourced = unsourced;
      for (AnalyzedSentence sentence : article.sentences()) {
        if (sentence.n() > 0) {
          text.append('\n');
        }
        starts.add(text.length());
        text.append(sentence.text().replace('\n', ' ').replace('\r', ' '));
      }
    }

    /** Marks an article-text span inside sentence {@code n}, clipped to the sentence. */
    Builder mark(int n, Span span, String styleClass) {
      AnalyzedSentence sentence = article.sentences().get(n);
      Span own = sentence.sentence().span();
      int from = Math.max(span.start(), own.start()) - own.start();
      int to = Math.min(span.end(), own.end()) - own.start();
      int length = sentence.text().length();
      from = Math.min(from, length);
      to = Math.min(to, length);
      if (to > from) {
        runs.add(new StyledRange(starts.get(n) + from, starts.get(n) + to, styleClass));
      }
      return this;
    }

    /** Returns the article-text span of sentence {@code n}. */
    Span spanOf(int n) {
      return article.sentences().get(n).sentence().span();
    }

    PaneDocument build() {
      List<List<String>> classes = new ArrayList<>();
      for (AnalyzedSentence sentence : article.sentences()) {
        List<String> own = new ArrayList<>();
        own.add(ClaimStyles.CLAIM);
        own.add(relationOf.getOrDefault(sentence.n(), ClaimStyles.ONLY_HERE));
        if (unsourced.contains(sentence.n())) {
          own.add(ClaimStyles.UNSOURCED);
        }
        switch (sentence.sentence().kind()) {
          case HEADING -> own.add(ClaimStyles.HEADING);
          case CAPTION -> own.add(ClaimStyles.CAPTION);
          default -> {}
        }
        classes.add(own);
      }
      return new PaneDocument(text.toString(), starts, classes, runs);
    }
  }
}
