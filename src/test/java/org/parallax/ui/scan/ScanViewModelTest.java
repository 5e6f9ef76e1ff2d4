package org.parallax.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanPair;
import org.parallax.syndication.ScanResults;

class ScanViewModelTest {

  private static ScanPair pair(String source, String derived, Boolean credited) {
    return new ScanPair(
        new ReportRef(source.toLowerCase(java.util.Locale.ROOT), source, null, "2026-03-09", null),
        new ReportRef(
            derived.toLowerCase(java.util.Locale.ROOT), derived, null, "2026-03-10", null),
        ScanPair.DERIVED,
        0.9,
        new ScanPair.Coverage(0.7, 0.4),
        0.1,
        credited,
        12,
        ScanPair.LEXICAL,
        0.6,
        false);
  }

  private final ScanViewModel model =
      new ScanViewModel(
          new ScanResults(
              "2026-03-11T00:00:00Z",
              null,
              10,
              4,
              3,
              100,
              List.of(
                  pair("Reuters", "Diplomat.so", false),
                  pair("Reuters", "Daily", true),
                  pair("AP", "Daily", false)),
              false,
              0,
              0));

  @Test
  void showsEveryPairUnfiltered() {
    assertThat(model.visible(false, ScanViewModel.ANY_OUTLET)).hasSize(3);
  }

  @Test
  void uncreditedOnlyDropsCreditedRewrites() {
    assertThat(model.visible(true, ScanViewModel.ANY_OUTLET))
        .extracting(p -> p.derived().outlet())
        .containsExactly("Diplomat.so", "Daily");
  }

  @Test
  void outletFilterKeepsPairsWithThatOutletOnEitherSide() {
    assertThat(model.visible(false, "Reuters")).hasSize(2);
    assertThat(model.visible(true, "Daily"))
        .singleElement()
        .extracting(p -> p.source().outlet())
        .isEqualTo("AP");
  }

  @Test
  void offersEachOutletOnceAfterTheAnyChoice() {
    assertThat(model.outlets())
        .containsExactly(ScanViewModel.ANY_OUTLET, "AP", "Daily", "Diplomat.so", "Reuters");
  }

  @Test
  void saysWhenTheListedScanRanOverHowManyArticles() {
    assertThat(model.scannedLine())
        .isEqualTo(
            "Scanned 11 Mar 2026 00:00 UTC · 10 articles · 3 candidate pairs compared · took 0.1 s");
  }
}
