package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.ArchiveStatus;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.model.SearchResults;
import org.parallax.testing.LocalSolrCloud;
import org.parallax.testing.SeedFiles;

/**
 * A shared archive that goes away: an ingest it interrupts lists what it did not store and a later
 * run stores exactly that; a node stopped while searches run fails none of them.
 */
@Tag("cluster")
class SolrFaultsTest {

  @TempDir Path temp;
  private LocalSolrCloud cloud;

  @AfterEach
  void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void anInterruptedIngestListsWhatItDidNotStoreAndTheNextRunStoresItOnce() throws Exception {
    cloud = LocalSolrCloud.start(2);
    String collection = cloud.newCollection(2, 2);
    IndexChoice archive = IndexChoice.parse(cloud.indexOption(collection));
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    for (int i = 1; i <= 3; i++) {
      report(inbox, i);
    }
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), archive)) {
      assertThat(workspace.ingest(List.of(inbox), IngestProgress.NONE, () -> false).stored())
          .hasSize(3);
    }
    for (int i = 4; i <= 12; i++) {
      report(inbox, i);
    }

    AtomicBoolean cut = new AtomicBoolean();
    IngestReport interrupted;
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), archive)) {
      interrupted =
          workspace.ingest(
              List.of(inbox),
              status -> {
                if (status.articlesStored() == 2 && cut.compareAndSet(false, true)) {
                  stopEveryNode();
                }
              },
              () -> false);
    }

    assertThat(cut).isTrue();
    assertThat(interrupted.stored()).isEmpty();
    assertThat(interrupted.failed())
        .extracting(failure -> Path.of(failure.path()).getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(names(4, 12));
    assertThat(interrupted.failed())
        .extracting(IngestFailure::reason)
        .allMatch(reason -> reason.contains("no node of " + archive + " answers"));

    cloud.restartAll(collection, 2, 2);
    IngestReport again;
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), archive)) {
      again = workspace.ingest(List.of(inbox), IngestProgress.NONE, () -> false);
    }
    assertThat(again.failed()).isEmpty();
    assertThat(again.stored().size() + again.duplicates().size()).isEqualTo(12);
    ArchiveStatus status = archive.archiveStatus(temp.resolve("ws"));
    assertThat(status.stories()).isEqualTo(12);
    assertThat(status.versions()).isEqualTo(12);
  }

  @Test
  void aNodeStoppedWhileSearchesRunFailsNoQuery() throws Exception {
    cloud = LocalSolrCloud.start(2);
    IndexChoice archive = IndexChoice.parse(cloud.indexOption(cloud.newCollection(2, 2)));
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    for (int i = 1; i <= 20; i++) {
      report(inbox, i);
    }
    Files.copy(SeedFiles.reuters(), inbox.resolve("reuters.txt"));
    Files.copy(SeedFiles.diplomat(), inbox.resolve("diplomat.txt"));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"), archive)) {
      workspace.ingest(List.of(inbox), IngestProgress.NONE, () -> false);
    }

    List<String> failures = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    try (Workspace workspace = Workspace.openForReading(temp.resolve("ws"), archive)) {
      String reuters = workspace.search(SearchRequest.of("Mali", 10)).hits().get(0).id().value();
      Thread stopper = new Thread(() -> stopNode(0), "test-node-stopper");
      stopper.start();
      int afterStop = 0;
      // Searches run while the node goes down, then as many again on the one node left.
      while (afterStop < 30) {
        try {
          SearchResults found = workspace.search(SearchRequest.of("Mali", 10));
          totals.add(found.total());
          workspace.index().related(new org.parallax.model.ArticleId(reuters), 5);
        } catch (RuntimeException e) {
          failures.add(e.getMessage());
        }
        if (!stopper.isAlive()) {
          afterStop++;
        }
      }
      stopper.join();
    }

    assertThat(failures).isEmpty();
    assertThat(totals).isNotEmpty().containsOnly(2L);
  }

  private void stopEveryNode() {
    try {
      cloud.stopAll();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void stopNode(int node) {
    try {
      cloud.stopNode(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(Path folder, int i) throws Exception {
    Files.writeString(
        folder.resolve(name(i)),
        String.format(
            Locale.ROOT,
            "Harbour report %d%n%nThe harbour of town %d reopened on day %d after a storm closed"
                + " berth %d, the port authority said.%n",
            i,
            i,
            i,
            i),
        StandardCharsets.UTF_8);
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "report-%02d.txt", i);
  }

  private static List<String> names(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      names.add(name(i));
    }
    return names;
  }
}
