package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.annotate.CorrectionStore;

/**
 * Kills a process in the middle of saving corrections and checks the file is never truncated or
 * empty: it always parses, and holds at least every correction saved before the kill was decided.
 */
class CorrectionCrashTest {

  private static final long SEED = Long.getLong("parallax.test.seed", 18_20261203L);

  @TempDir Path folder;

  @Test
  void correctionFileSurvivesThreeKills() throws Exception {
    Random random = new Random(SEED);
    int previous = 0;
    for (int kill = 0; kill < 3; kill++) {
      int target = previous + 1 + random.nextInt(60);
      Process child = AnnotationCrashTest.start(folder, CorrectionSaveChild.class);
      int confirmed = AnnotationCrashTest.waitForSaves(child, target);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Path file = folder.resolve(CorrectionStore.FILE_NAME);
      assertThat(Files.size(file)).as("file after kill %d", kill).isPositive();
      new ObjectMapper().readTree(file.toFile());
      CorrectionStore store =
          CorrectionStore.open(folder, AnnotationSaveChild.texts(), Clock.systemUTC());
      assertThat(store.problems()).isEmpty();
      assertThat(store.all().size()).isGreaterThanOrEqualTo(confirmed);
      previous = store.all().size();
    }
    System.err.printf(
        Locale.ROOT,
        "correction crash safety: seed %d, 3 kills survived, %d corrections kept, 0 truncated%n",
        SEED,
        previous);
  }
}
