package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

  @Test
  void keepsShortTextWithItsWhitespaceFlattened() {
    assertThat(ShortText.cut("  Fire at\n the  port ", 40)).isEqualTo("Fire at the port");
  }

  @Test
  void cutsLongTextAtTheLastWordBeforeTheLimit() {
    assertThat(ShortText.cut("Fire destroys grain warehouse at the port", 20))
        .isEqualTo("Fire destroys grain…");
  }

  @Test
  void cutsAWordLongerThanTheLimitInsideIt() {
    assertThat(ShortText.cut("Donaudampfschifffahrtsgesellschaft", 10)).isEqualTo("Donaudampf…");
  }
}
