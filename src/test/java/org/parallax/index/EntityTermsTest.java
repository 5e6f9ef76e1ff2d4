package org.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTermsTest {

  @Test
  void takesCapitalisedNamesAndTheirRunsButNotSentenceOpeners() {
    assertThat(EntityTerms.of("Officials said Lindsay Lohan entered the Betty Ford Center."))
        .contains("lindsay", "lohan", "lindsay_lohan", "betty_ford_center")
        .doesNotContain("officials");
  }

  @Test
  void keepsAcronymsEvenAtTheStartOfASentence() {
    assertThat(EntityTerms.of("NATO troops arrived.")).contains("nato");
  }
}
