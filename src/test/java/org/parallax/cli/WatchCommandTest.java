package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.Main;
import org.parallax.testing.SeedFiles;

/**
 * {@code parallax watch DIR --json} as a user runs it, in its own JVM: the Reuters seed copied in,
 * then the Diplomat.so seed, prints one JSON line naming Diplomat.so as derived from Reuters,
 * uncredited; killed (SIGKILL) and started again, it prints that alert no more.
 */
class WatchCommandTest {

  /** Waits for lines, however slow the machine; the test asserts what arrives, not when. */
  private static final long PATIENCE_SECONDS = 240;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void theSeedsCopiedInPrintOneAlertAndARestartAfterAKillRepeatsIt() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Path workspace = temp.resolve("workspace");
    Child first = Child.start(workspace, inbox);
    try {
      first.waitForError("press Ctrl+C");
      Files.copy(SeedFiles.reuters(), inbox.resolve(SeedFiles.REUTERS));
      first.waitForError("from " + SeedFiles.REUTERS);
      Files.copy(SeedFiles.diplomat(), inbox.resolve(SeedFiles.DIPLOMAT));
      String line = first.out.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertThat(line).as("an alert line").isNotNull();
      JsonNode alert = JSON.readTree(line);
      assertThat(alert.path("derived").path("outlet").asText()).isEqualTo("Diplomat.so");
      assertThat(alert.path("source").path("outlet").asText()).isEqualTo("Reuters");
      assertThat(alert.path("verdict").asText()).isEqualTo("derived-from-source");
      assertThat(alert.path("credited").asBoolean(true)).isFalse();
      assertThat(alert.path("derived").path("id").asText()).isNotBlank();
      assertThat(alert.path("source").path("id").asText()).isNotBlank();
    } finally {
      first.kill();
    }
    // Started with no folder: it resumes the one the workspace remembers.
    Child second = Child.start(workspace, null);
    try {
      second.waitForError("watching the folder " + inbox.toAbsolutePath().normalize());
      Files.writeString(
          inbox.resolve("zz-port.txt"),
          "ABIDJAN, March 12 (Coast Wire) - The port of Abidjan reopened to container ships on"
              + " Thursday after a two-day strike ended, the port authority said.\n",
          StandardCharsets.UTF_8);
      // The seeds are read again as duplicates first; once the new file is stored, every
      // check before it is done.
      second.waitForError("from zz-port.txt");
    } finally {
      second.kill();
    }
    assertThat(second.out).as("alerts printed after the restart").isEmpty();
  }

  /** A {@code parallax watch} process and the lines it prints. */
  private record Child(Process process, BlockingQueue<String> out, BlockingQueue<String> err) {

    static Child start(Path workspace, Path folder) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          new java.util.ArrayList<>(
              List.of(
                  java,
                  "-Xmx1g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "watch",
                  "--json",
                  "--no-embeddings",
                  "--settle",
                  "300",
                  "--workspace",
                  workspace.toString()));
      if (folder != null) {
        command.add(folder.toString());
      }
      Process process = new ProcessBuilder(command).start();
      Child child = new Child(process, new LinkedBlockingQueue<>(), new LinkedBlockingQueue<>());
      pump(process.getInputStream(), child.out, "parallax-test-out");
      pump(process.getErrorStream(), child.err, "parallax-test-err");
      return child;
    }

    private static void pump(java.io.InputStream stream, BlockingQueue<String> lines, String name) {
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                  }
                } catch (IOException ended) {
                  // The process was killed.
                }
              },
              name);
      reader.setDaemon(true);
      reader.start();
    }

    void waitForError(String text) throws InterruptedException {
      while (true) {
        String line = err.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(line).as("a line on standard error containing '%s'", text).isNotNull();
        if (line.contains(text)) {
          return;
        }
      }
    }

    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
