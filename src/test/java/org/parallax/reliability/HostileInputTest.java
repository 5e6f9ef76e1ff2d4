package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input is ingested or rejected with a reason, by the readers and by a workspace
 * ingest of the whole folder: no crash, no hang, no local file's content in any article or in the
 * index, no request to a server. The short run is part of {@code mvn verify}; the long run (10,000
 * inputs, a 200 MB file, a 10 MB line, an article of a million words and a feed of 50,000 items, in
 * a JVM limited to 512 MB of heap) is tagged {@code long}.
 */
class HostileInputTest {

  /** Replay a failing run with {@code -Dparallax.test.seed=N}. */
  private static final long SEED = Long.getLong("parallax.test.seed", 20261122L);

  /** The heap of the long run's JVM: every input must be handled within it. */
  private static final String LONG_RUN_HEAP = "-Xmx512m";

  @TempDir Path folder;

  @Test
  void shortRunSurvivesEveryHostileInput() throws IOException {
    HostileRun.Outcome outcome = new HostileRun(SEED, 340, 60, 0, false).execute(folder);
    outcome.summaryLines().forEach(System.err::println);
    assertThat(outcome.problems()).as(outcome.readers().summary()).isEmpty();
    assertThat(outcome.serverRequests()).isZero();
    assertThat(outcome.readers().ingested() + outcome.readers().rejected())
        .isEqualTo(outcome.readers().tried());
  }

  @Test
  @Tag("long")
  void longRunSurvivesTenThousandHostileInputsInBoundedMemory() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                LONG_RUN_HEAP,
                "-Dparallax.logdir=" + folder.resolve("logs"),
                "-cp",
                System.getProperty("java.class.path"),
                HostileRunChild.class.getName(),
                folder.toString(),
                Long.toString(SEED),
                "10000",
                "200",
                "10",
                "true")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.err.println(line);
        lines.add(line);
      }
    }
    assertThat(child.waitFor(30, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).anyMatch(line -> line.contains(", 0 crashes, 0 hangs, 0 local-file leaks"));
  }
}
