package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void namesReportByItsFirstSentenceCutAtAWord() {
    String lead =
        Titles.opening(
            "The U.S. is nearing a deal with Mali that will allow Washington to resume flying"
                + " aircraft and drones over the country. It said more.");
    assertThat(lead).startsWith("The U.S. is nearing a deal").endsWith("…");
    assertThat(lead.length()).isLessThanOrEqualTo(Titles.MAX_OPENING_CHARS + 1);
  }

  @Test
  void keepsAShortFirstSentenceWhole() {
    assertThat(Titles.opening("Floods hit the north. Rescue teams arrived."))
        .isEqualTo("Floods hit the north.");
  }

  @Test
  void fallsBackWhenThereIsNoText() {
    assertThat(Titles.opening("  ")).isEqualTo(Titles.NO_OPENING);
  }
}
