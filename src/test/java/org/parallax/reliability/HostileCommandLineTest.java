package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import picocli.CommandLine;

/**
 * The hostile corpus ingested from the command line into a workspace that already holds a report:
 * every refusal names the file and a reason, nothing on the terminal names a Java exception or
 * shows a stack frame, and the report stored before is still there.
 */
class HostileCommandLineTest {

  /** Replay a failing run with {@code -Dparallax.test.seed=N}. */
  private static final long SEED = Long.getLong("parallax.test.seed", 20261122L);

  @TempDir Path folder;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine commandLine = ParallaxCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void hostileFilesAreRefusedInWordsAndNothingStoredIsLost() throws IOException {
    Path workspace = folder.resolve("ws");
    Path known = Files.createDirectories(folder.resolve("known")).resolve("kayes.txt");
    Files.writeString(
        known, "The Kayes bridge reopens on Friday, the ministry said.\n", StandardCharsets.UTF_8);
    assertThat(run("ingest", known.toString(), "--workspace", workspace.toString()).exitCode())
        .isZero();
    Path inputs = folder.resolve("inputs");
    try (HostileInputHarness harness = new HostileInputHarness()) {
      new HostileInputs(inputs, folder.resolve("secret.txt"), SEED, harness.serverUrl())
          .generate(120);

      Run ingest = run("ingest", inputs.toString(), "--workspace", workspace.toString());

      assertThat(ingest.exitCode()).isEqualTo(1);
      assertThat(ingest.out()).isEmpty();
      List<String> failures = ingest.err().lines().filter(l -> l.startsWith("  FAILED ")).toList();
      assertThat(failures).isNotEmpty();
      assertThat(failures)
          .allSatisfy(
              line -> assertThat(line).startsWith("  FAILED " + inputs).containsPattern(": \\S"));
      assertThat(ingest.err().lines())
          .allSatisfy(
              line -> assertThat(line).doesNotContain("Exception").doesNotContain("at org."));
    }
    Run search = run("search", "Kayes", "--workspace", workspace.toString(), "--json");
    assertThat(search.out()).contains("\"total\" : 1");
  }
}
