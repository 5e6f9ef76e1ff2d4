package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SameEventJudgement} on ECB+ and prints the rates (tagged {@code long}: about a
 * thousand comparisons).
 */
@Tag("long")
class SameEventJudgementTest {

  @Test
  void judgesSameEventPairsRelatedMoreOftenThanHardNegatives() throws Exception {
    Path ecbPlus = Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus");
    assumeTrue(Files.isDirectory(ecbPlus), "ECB+ is not in ../shared/data; skipped");
    SameEventJudgement.Result result = SameEventJudgement.run(ecbPlus);
    System.err.print(result.lines());
    assertThat((double) result.sameEventRelated() / result.sameEventPairs())
        .isGreaterThan((double) result.hardNegativeRelated() / result.hardNegativePairs());
  }
}
