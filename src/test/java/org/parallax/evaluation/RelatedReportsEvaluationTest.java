package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full ECB+ run (about two minutes): run with {@code -Dexcluded.groups= -Dgroups=long}. */
@Tag("long")
class RelatedReportsEvaluationTest {

  @TempDir Path scratch;

  @Test
  void findsReportsOnTheSameEventAmongTheFirstFive() throws IOException {
    Path corpus =
        Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus", "ECB+");
    assumeTrue(Files.isDirectory(corpus), "ECB+ not found at " + corpus + "; skipping");

    RelatedReportsEvaluation.Result result =
        RelatedReportsEvaluation.run(EcbPlusReader.readAll(corpus), scratch);

    System.out.println(result);
    assertThat(result.documents()).isEqualTo(982);
    assertThat(result.precisionAt5()).isGreaterThan(0.8);
  }
}
