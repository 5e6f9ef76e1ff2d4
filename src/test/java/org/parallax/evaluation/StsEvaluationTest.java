package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the full STS headlines evaluation and writes its table to target/evaluation. */
@Tag("long")
class StsEvaluationTest {

  @Test
  void measuresClaimSimilarityOnStsHeadlinesDev() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    assumeTrue(
        Files.isDirectory(data.resolve("sts-headlines")),
        "STS headlines not found under " + data + ": evaluation skipped");
    StsEvaluation.Result result;
    result = StsEvaluation.runDefault(data.resolve("sts-headlines"));
    StsEvaluation.write(Path.of("target/evaluation/sts-headlines.md"), result.toMarkdown());
    assertThat(result.rows().get(0).pearson()).isGreaterThan(0.6);
  }
}
