package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;

/**
 * {@code ./parallax-cluster start} gives an {@code --index} value the command line can create an
 * archive on, ingest into and search; {@code stop} ends it, after which the archive does not
 * answer.
 */
@Tag("cluster")
class ParallaxClusterScriptTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void startsAClusterTheCommandLineUsesAndStopsIt() throws Exception {
    Path dir = temp.resolve("cluster");
    Script start = script("start", "--nodes", "2", "--dir", dir.toString());
    assertThat(start.exitCode()).as(start.err()).isZero();
    String index = start.out().strip();
    try {
      assertThat(index).startsWith("solr:http://").contains(",http://").endsWith("/articles");
      String workspace = temp.resolve("ws").toString();

      CommandRun create =
          CommandRun.of("index", "create", "--shards", "2", "--replicas", "2", "--index", index);
      assertThat(create.exitCode()).as(create.err()).isZero();
      CommandRun ingest =
          CommandRun.of(
              "ingest",
              SeedFiles.reuters().toString(),
              SeedFiles.diplomat().toString(),
              "--index",
              index,
              "--workspace",
              workspace);
      assertThat(ingest.exitCode()).as(ingest.err()).isZero();
      // The workspace remembers the archive: no --index needed any more.
      CommandRun search = CommandRun.of("search", "Mali", "--json", "--workspace", workspace);
      assertThat(search.exitCode()).as(search.err()).isZero();
      assertThat(JSON.readTree(search.out()).get("total").asInt()).isEqualTo(2);
    } finally {
      Script stop = script("stop", "--dir", dir.toString());
      assertThat(stop.exitCode()).as(stop.err()).isZero();
    }

    CommandRun afterStop = CommandRun.of("index", "status", "--index", index);
    assertThat(afterStop.exitCode()).isEqualTo(1);
    assertThat(afterStop.err()).contains("no node of " + index + " answers");
  }

  private record Script(int exitCode, String out, String err) {}

  private Script script(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(temp, "script", ".out");
    Path err = Files.createTempFile(temp, "script", ".err");
    String[] command = new String[args.length + 1];
    command[0] = Path.of("parallax-cluster").toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroy();
      throw new IllegalStateException("parallax-cluster " + args[0] + " did not finish");
    }
    return new Script(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
