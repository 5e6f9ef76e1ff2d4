package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the graded derivation evaluation and writes its table to target/evaluation. */
@Tag("long")
class DerivationEvaluationTest {

  @Test
  void scoresEveryPairOfTheGradedDerivationSet() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    assumeTrue(
        Files.isDirectory(data.resolve("ecbplus").resolve("ECB+")),
        "ECB+ not found under " + data + ": derivation evaluation skipped");
    Path out = Path.of("target/evaluation");
    String table = DerivationEvaluation.run(data, Path.of("src/test/resources/derivation"), out);
    assertThat(table).contains("(a) engine verdict", "(c) word-trigram containment");
    assertThat(Files.readAllLines(out.resolve("derivation-pairs.tsv"))).hasSizeGreaterThan(84);
  }
}
