package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextAnalyzer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Derivation;
import org.parallax.model.Verdict;
import org.parallax.testing.Articles;

/**
 * One monthly statistic reported for two months shares its wording and is no copy; a copy keeps the
 * month its facts belong to. Reports run through the real analysis, since the date reader is what
 * finds the months.
 */
class PeriodSeriesTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.create();

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void oneMonthlyStatisticForAnotherMonthIsNotACopy() {
    Derivation d = fromJanuaryRelease(release("b", "Daily", "2026-03-10", "February"));
    assertThat(d.facts().leftPeriod()).isEqualTo("january");
    assertThat(d.facts().rightPeriod()).isEqualTo("february");
    assertThat(d.verdict()).isEqualTo(Verdict.INDEPENDENT);
    assertThat(d.evidence().get(0))
        .startsWith(
            "The same wording with another period: one reports on January, the other on February");
  }

  @Test
  void aCopyKeepsItsMonths() {
    Derivation d = fromJanuaryRelease(release("b", "Daily", "2026-02-11", "January"));
    assertThat(d.facts().leftPeriod()).isEqualTo("january");
    assertThat(d.facts().periodsDiffer()).isFalse();
    assertThat(d.verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
  }

  @Test
  void aSeriesThatNamesThePreviousMonthHasMovedOn() {
    Derivation d = fromJanuarySeries(series("b", "Daily", "2026-03-10", "February", "January"));
    assertThat(d.facts().leftPeriod()).isEqualTo("january");
    assertThat(d.facts().rightPeriod()).isEqualTo("february");
    assertThat(d.verdict()).isEqualTo(Verdict.INDEPENDENT);
  }

  @Test
  void aRewriteThatDropsTheEarlierMonthKeepsItsPeriod() {
    Derivation d = fromJanuarySeries(release("b", "Daily", "2026-02-11", "January"));
    assertThat(d.facts().periodsDiffer()).isFalse();
  }

  private Derivation fromJanuaryRelease(AnalyzedArticle later) {
    return engine.compare(release("a", "Wire", "2026-02-10", "January"), later).derivation();
  }

  private Derivation fromJanuarySeries(AnalyzedArticle later) {
    return engine
        .compare(series("a", "Wire", "2026-02-10", "January", "December"), later)
        .derivation();
  }

  /** A statistics office's monthly release: fixed wording, the month its one slot. */
  private static AnalyzedArticle release(String id, String outlet, String date, String month) {
    return series(id, outlet, date, month, null);
  }

  /** The same release giving the month before as well, unless {@code before} is null. */
  private static AnalyzedArticle series(
      String id, String outlet, String date, String month, String before) {
    String sales = before == null ? "" : " after a fall in " + before;
    String furniture = before == null ? "" : " after a steep drop in " + before;
    return ANALYZER.analyze(
        Articles.withId(id)
            .outlet(outlet)
            .published(date)
            .paragraphs(
                "The statistics office said retail sales in the capital rose in "
                    + month
                    + sales
                    + ", led by clothing and shoes.",
                "Sales of furniture fell in "
                    + month
                    + " for the third month running"
                    + furniture
                    + ", the office said.",
                "The office will publish its revised estimate for " + month + " next week.")
            .build());
  }
}
