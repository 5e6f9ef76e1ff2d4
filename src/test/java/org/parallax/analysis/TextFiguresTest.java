package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFiguresTest {

  @Test
  void aMultiplierAndThousandsSeparatorsGiveOneFigure() {
    String[] words =
        TextFigures.of("XOMA Corp said it intends to file for an offering of 1.3 mln shares.");
    String[] digits = TextFigures.of("an offering of 1,300,000 common shares");

    assertThat(words).containsExactly("1300000");
    assertThat(digits).containsExactly("1300000");
    assertThat(TextFigures.shareAny(words, digits)).isTrue();
  }

  @Test
  void ratesKeepTheirSign() {
    assertThat(TextFigures.of("sales rose 11 pct to 30,634 units, or 2.5 percent of the market"))
        .containsExactly("11%", "2.5%", "30634");
  }

  @Test
  void yearsDaysAndSmallCountsAreNoFigures() {
    assertThat(
            TextFigures.of(
                "In the week ended March 13, 1987, 12 new berths opened; the bond is due 1992"
                    + " with a 14-1/4 pct coupon."))
        .isEmpty();
  }

  @Test
  void differentAmountsShareNothing() {
    String[] find = TextFigures.of("flowed 24 mln cubic feet of gas and 500 barrels of condensate");
    String[] reserves =
        TextFigures.of("reserves total 2.42 billion barrels, down from 2.77 billion");

    assertThat(TextFigures.shareAny(find, reserves)).isFalse();
    assertThat(TextFigures.shareAny(find, find)).isTrue();
  }
}
