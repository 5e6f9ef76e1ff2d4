package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Derivation;
import org.parallax.model.Verdict;
import org.parallax.testing.Articles;

/**
 * Two issues announced in one template share their boilerplate — fees, denominations, listing —
 * figures included; the lead, which tells what happened, carries each issue's own amount, coupon
 * and price. A copy or a correction keeps the lead's figures, or most of them.
 */
class LeadFiguresTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.create();

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void anotherIssueInTheSameTemplateIsNotACopy() {
    Derivation d =
        engine
            .compare(
                issue("a", "2026-03-10", "Norland Corp", "15 billion", "five", "102-3/8"),
                issue("b", "2026-03-11", "Kestrel NV", "10 billion", "5-1/2", "101-1/2"))
            .derivation();

    assertThat(d.facts().leadFiguresChanged()).isTrue();
    assertThat(d.facts().commonFigures()).isPositive();
    assertThat(d.verdict()).isEqualTo(Verdict.INDEPENDENT);
    assertThat(d.evidence().get(0))
        .startsWith("The same wording with other figures in the opening sentence");
  }

  @Test
  void aCorrectionThatChangesOneFigureOfTheLeadIsStillACopy() {
    Derivation d =
        engine
            .compare(
                issue("a", "2026-03-10", "Norland Corp", "15 billion", "five", "102-3/8"),
                issue("b", "2026-03-11", "Norland Corp", "15 billion", "five", "102-1/2"))
            .derivation();

    assertThat(d.facts().leadFiguresChanged()).isFalse();
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
  }

  /** A wire's eurobond notice: the lead names the issue, the rest is the template's boilerplate. */
  private static AnalyzedArticle issue(
      String id, String date, String issuer, String amount, String coupon, String price) {
    return ANALYZER.analyze(
        Articles.withId(id)
            .outlet("Wire " + id)
            .published(date)
            .paragraphs(
                issuer
                    + " is issuing a "
                    + amount
                    + " yen eurobond due November 2, 1992 with a "
                    + coupon
                    + " pct coupon and priced at "
                    + price
                    + ", Harbour Securities said as lead manager.",
                "The non-callable bonds will be issued in denominations of one mln yen and will be"
                    + " listed in Luxembourg.",
                "Fees are 1-1/4 pct for selling and 5/8 pct for management and underwriting"
                    + " combined, with a 1/8 pct praecipuum.",
                "Pay date is April 6.")
            .build());
  }
}
