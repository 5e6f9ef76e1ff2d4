package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HitTitlesTest {

  @Test
  void namesReportByItsFirstSentenceCutAtAWord() {
    String lead =
        HitTitles.lead(
            SnippetRuns.parse(
                "The U.S. is nearing a deal with Mali that will allow Washington to resume flying"
                    + " aircraft and drones over the country. It said more."));
    assertThat(lead).startsWith("The U.S. is nearing a deal").endsWith("…");
    assertThat(lead.length()).isLessThanOrEqualTo(HitTitles.MAX_CHARS + 1);
  }

  @Test
  void keepsAShortFirstSentenceWhole() {
    assertThat(HitTitles.lead(SnippetRuns.parse("Floods hit the north. Rescue teams arrived.")))
        .isEqualTo("Floods hit the north.");
  }

  @Test
  void fallsBackWhenThereIsNoText() {
    assertThat(HitTitles.lead(List.of())).isEqualTo("Untitled report");
  }
}
