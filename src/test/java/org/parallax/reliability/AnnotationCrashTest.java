package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.annotate.AnnotationStore;

/**
 * Kills a process in the middle of saving annotations and checks the file is never truncated or
 * empty: it always parses, and holds at least every annotation saved before the kill was decided.
 */
class AnnotationCrashTest {

  private static final long SEED = Long.getLong("parallax.test.seed", 11_20261122L);

  @TempDir Path folder;

  @Test
  void annotationFileSurvivesThreeKills() throws Exception {
    assertSurvives(3);
  }

  @Test
  @Tag("long")
  void annotationFileSurvivesTwentyFiveKills() throws Exception {
    assertSurvives(25);
  }

  private void assertSurvives(int kills) throws Exception {
    Random random = new Random(SEED);
    int previous = 0;
    for (int kill = 0; kill < kills; kill++) {
      int target = previous + 1 + random.nextInt(60);
      Process child = start(folder, AnnotationSaveChild.class);
      int confirmed = waitForSaves(child, target);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Path file = folder.resolve(AnnotationStore.FILE_NAME);
      assertThat(Files.size(file)).as("file after kill %d", kill).isPositive();
      new ObjectMapper().readTree(file.toFile());
      AnnotationStore store =
          AnnotationStore.open(folder, AnnotationSaveChild.texts(), Clock.systemUTC());
      assertThat(store.problems()).isEmpty();
      assertThat(store.all().size()).isGreaterThanOrEqualTo(confirmed);
      previous = store.all().size();
    }
    System.err.printf(
        Locale.ROOT,
        "annotation crash safety: seed %d, %d kills survived, %d annotations kept, 0 truncated%n",
        SEED,
        kills,
        previous);
  }

  /** Starts a child that saves into {@code folder} until killed (it prints "saved N" lines). */
  static Process start(Path folder, Class<?> child) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-Dparallax.logdir=" + folder.resolve("logs"),
            "-cp",
            System.getProperty("java.class.path"),
            child.getName(),
            folder.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Reads the child's "saved N" lines until N reaches {@code target}; returns the last N. */
  static int waitForSaves(Process child, int target) throws IOException {
    int confirmed = 0;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        confirmed = Integer.parseInt(line.substring("saved ".length()));
        if (confirmed >= target) {
          break;
        }
      }
    }
    return confirmed;
  }
}
