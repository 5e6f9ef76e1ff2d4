package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The offline tool that calibrates the engine: fits the combination of signals on STS headlines
 * train (non-negative least squares on gold / 5) and writes the constants to paste into {@code
 * SimilarityModel} to target/evaluation/calibration.txt. The thresholds it writes are those of the
 * engine as shipped, so run it again after pasting new weights.
 */
@Tag("long")
class SimilarityCalibrationTest {

  @Test
  void fitsTheSignalCombinationOnStsHeadlinesTrain() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    assumeTrue(
        Files.isDirectory(data.resolve("sts-headlines")),
        "STS headlines not found under " + data + ": calibration skipped");
    StsEvaluation.Result result = StsEvaluation.runDefault(data.resolve("sts-headlines"));
    double[] all = result.fitted().get("words+verbatim+entities+meaning");
    double[] lexical = result.fitted().get("words+verbatim+entities");
    String text =
        String.format(
                Locale.ROOT,
                "WITH_MEANING = new SimilarityModel(%.4f, %.4f, %.4f, %.4f, %.4f);%n",
                all[0],
                all[1],
                all[2],
                all[3],
                all[4])
            + String.format(
                Locale.ROOT,
                "LEXICAL = new SimilarityModel(%.4f, %.4f, %.4f, %.4f, 0.0);%n",
                lexical[0],
                lexical[1],
                lexical[2],
                lexical[3])
            + String.format(
                Locale.ROOT,
                "DEFAULT_ALIGN_THRESHOLD = %.2f; DEFAULT_LEXICAL_ALIGN_THRESHOLD = %.2f;%n",
                result.thresholds().get("all signals"),
                result.thresholds().get("no embeddings"));
    StsEvaluation.write(Path.of("target/evaluation/calibration.txt"), text);
    assertThat(all[4]).as("weight of the embedding signal").isPositive();
  }
}
