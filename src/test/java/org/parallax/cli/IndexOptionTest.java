package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;

/** {@code --index} without a cluster: bad values and an archive nobody answers for. */
class IndexOptionTest {

  @TempDir Path temp;

  private CommandRun run(String index, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    all[args.length + 2] = "--workspace";
    all[args.length + 3] = temp.resolve("ws").toString();
    return CommandRun.of(all);
  }

  /** Returns a local port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void anUnreachableClusterIsAnErrorNamingItsUrl() throws IOException {
    String index = "solr:http://127.0.0.1:" + closedPort() + "/solr/articles";

    CommandRun ingest = run(index, "ingest", SeedFiles.reuters().toString());

    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.err()).contains("no node of " + index + " answers");
    assertThat(ingest.out()).isEmpty();
  }

  @Test
  void indexStatusOfAnUnreachableClusterSaysNoNodeAnswers() throws IOException {
    String index = "solr:http://127.0.0.1:" + closedPort() + "/solr/articles";

    CommandRun status = CommandRun.of("index", "status", "--index", index);

    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.err()).contains("no node of " + index + " answers").doesNotContain("\tat ");
  }

  @Test
  void aValueThatIsNotACollectionIsBadUsage() {
    CommandRun search = run("solr:ftp://host/solr/articles", "search", "Mali");

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.err()).contains("--index").contains("'ftp://host/solr'");
  }

  @Test
  void indexCreateNeedsACollection() {
    CommandRun create = CommandRun.of("index", "create", "--index", "embedded");

    assertThat(create.exitCode()).isEqualTo(2);
    assertThat(create.err()).contains("--index must name a Solr collection");
  }
}
