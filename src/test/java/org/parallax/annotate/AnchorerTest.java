package org.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Span;

class AnchorerTest {

  private static final String ORIGINAL =
      "The ministry said the bridge will reopen on Friday. Traffic will be diverted until then."
          + " The mayor welcomed the decision.";

  private final InMemoryArticles articles = new InMemoryArticles();
  private final Anchorer anchorer = new Anchorer();

  private Annotation annotateTraffic() {
    Article first = articles.add("a1", null, ORIGINAL);
    int start = ORIGINAL.indexOf("Traffic will be diverted");
    return anchorer.annotate(
        first,
        new Span(start, start + "Traffic will be diverted until then.".length()),
        List.of("needs-verification"),
        "check with the police",
        "ana",
        Instant.parse("2026-03-10T08:00:00Z"));
  }

  @Test
  void keepsPositionWhenTextIsUnchanged() {
    Annotation annotation = annotateTraffic();
    Anchoring anchoring = anchorer.anchor(annotation, articles.current(annotation.article()).get());
    assertThat(anchoring.method()).isEqualTo(AnchorMethod.POSITION);
    assertThat(anchoring.annotation().span()).isEqualTo(annotation.span());
  }

  @Test
  void findsQuoteAgainAfterTextIsInsertedBeforeIt() {
    Annotation annotation = annotateTraffic();
    Article changed = articles.add("a1", null, "UPDATE: officials confirmed. " + ORIGINAL);
    Anchoring anchoring = anchorer.anchor(annotation, changed);
    assertThat(anchoring.method()).isEqualTo(AnchorMethod.QUOTE);
    assertThat(anchoring.annotation().span().of(changed.text()))
        .isEqualTo("Traffic will be diverted until then.");
    assertThat(anchoring.annotation().contentHash()).isEqualTo(changed.contentHash());
  }

  @Test
  void findsSlightlyReworded() {
    Annotation annotation = annotateTraffic();
    Article changed =
        articles.add(
            "a1",
            null,
            ORIGINAL.replace(
                "Traffic will be diverted until then.", "Traffic will be rerouted until then."));
    Anchoring anchoring = anchorer.anchor(annotation, changed);
    assertThat(anchoring.method()).isEqualTo(AnchorMethod.FUZZY);
    assertThat(anchoring.annotation().span().of(changed.text()))
        .isEqualTo("Traffic will be rerouted until then.");
  }

  @Test
  void becomesOrphanWhenPassageIsGoneAndKeepsItsQuote() {
    Annotation annotation = annotateTraffic();
    Article changed =
        articles.add("a1", null, "The ministry said the bridge will reopen next month.");
    Anchoring anchoring = anchorer.anchor(annotation, changed);
    assertThat(anchoring.method()).isEqualTo(AnchorMethod.ORPHAN);
    assertThat(anchoring.annotation().isOrphan()).isTrue();
    assertThat(anchoring.annotation().exact()).isEqualTo("Traffic will be diverted until then.");
  }

  @Test
  void choosesRepeatedQuoteByItsContext() {
    String text = "He said no. Later, asked again, he said no. Finally he said yes.";
    Article article = articles.add("a2", null, text);
    int second = text.indexOf("he said no");
    Annotation annotation =
        anchorer.annotate(
            article, new Span(second, second + 10), List.of(), "", "ana", Instant.EPOCH);
    Article changed = articles.add("a2", null, "Breaking. " + text);
    Anchoring anchoring = anchorer.anchor(annotation, changed);
    assertThat(anchoring.annotation().span().start()).isEqualTo("Breaking. ".length() + second);
  }

  @Test
  void selectionLosesTheWhitespaceAtItsEndsButKeepsTheWordsBetween() {
    String text = "said \t the minister \n";

    Span trimmed = Anchorer.withoutSurroundingWhitespace(new Span(4, text.length()), text);

    assertThat(trimmed.of(text)).isEqualTo("the minister");
  }

  @Test
  void selectionOfOnlyWhitespaceBecomesEmpty() {
    assertThat(Anchorer.withoutSurroundingWhitespace(new Span(1, 4), "a   b").length()).isZero();
  }
}
