package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the iSTS headlines typed-alignment evaluation and writes its table to target/evaluation. */
@Tag("long")
class IstsEvaluationTest {

  @Test
  void measuresTypedAlignmentOnIstsHeadlines() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    assumeTrue(
        Files.isDirectory(data.resolve("ists-headlines")),
        "iSTS headlines not found under " + data + ": evaluation skipped");
    IstsEvaluation.Result result = IstsEvaluation.runDefault(data.resolve("ists-headlines"));
    StsEvaluation.write(Path.of("target/evaluation/ists-headlines.md"), result.toMarkdown());
    assertThat(result.alignmentF1()).isGreaterThan(0.5);
  }
}
