package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void hashesTheEmptyInputToTheKnownDigest() {
    assertThat(Sha256.of(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hashesTextAsItsUtf8Bytes() {
    String text = "Bamako\u00a0“quoted”";

    assertThat(Sha256.of(text)).isEqualTo(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
  }
}
