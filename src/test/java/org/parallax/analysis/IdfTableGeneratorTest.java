package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("long")
class IdfTableGeneratorTest {

  @Test
  void committedTableIsWhatTheGeneratorProducesFromTheCorpus() throws IOException {
    String committed;
    try (InputStream in = IdfTable.class.getResourceAsStream(IdfTable.ENGLISH_RESOURCE)) {
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(IdfTableGenerator.generate(SharedAnalyzer.get())).isEqualTo(committed);
  }
}
