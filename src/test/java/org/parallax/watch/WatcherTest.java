package org.parallax.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.IngestReport;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.SyndicationScan;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/**
 * The watcher on a real workspace and a real folder: the seeds dropped in one after the other raise
 * one alert, a restarted watcher raises it no more, and a watcher killed between storing an article
 * and checking it checks it when it starts again.
 */
class WatcherTest {

  /** Long enough for any check on a loaded machine; the test waits for events, not for time. */
  private static final long PATIENCE_SECONDS = 180;

  private static final String UNRELATED =
      "ABIDJAN, March 12 (Coast Wire) - The port of Abidjan reopened to container ships on"
          + " Thursday after a two-day strike by dock workers over pay ended with an agreement,"
          + " the port authority said.\n";

  @TempDir Path temp;

  @Test
  void theSeedsDroppedOneAfterTheOtherRaiseOneUncreditedAlert() throws Exception {
    Alert alert = alertFromDropping(SeedFiles.REUTERS, SeedFiles.DIPLOMAT);
    assertThat(alert.credited()).isFalse();
    assertThat(alert.arrived()).isEqualTo(alert.derived().id());
  }

  @Test
  void aSourceArrivingAfterItsRewriteRaisesTheSameAlert() throws Exception {
    Alert alert = alertFromDropping(SeedFiles.DIPLOMAT, SeedFiles.REUTERS);
    assertThat(alert.arrived()).isEqualTo(alert.source().id());
  }

  /**
   * Drops the two seeds into a watched folder in the given order and returns the one alert they
   * raise, checking it names Diplomat.so as derived from Reuters and that no other is raised.
   */
  private Alert alertFromDropping(String first, String second) throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Alert alert;
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"));
        Recorder events = new Recorder()) {
      try (Watcher watcher = watcher(workspace, inbox, events)) {
        watcher.start();
        for (String seed : List.of(first, second)) {
          Files.copy(SeedFiles.folder().resolve(seed), inbox.resolve(seed));
          events.waitUntilStored(seed);
        }
        alert = events.alerts.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(alert).isNotNull();
        assertThat(alert.derived().outlet()).isEqualTo("Diplomat.so");
        assertThat(alert.source().outlet()).isEqualTo("Reuters");
      }
      assertThat(events.alerts).isEmpty();
      assertThat(Watcher.alerts(workspace.folder())).hasSize(1);
    }
    return alert;
  }

  @Test
  void aRestartedWatcherDoesNotRepeatAnAlert() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"));
        Recorder first = new Recorder();
        Recorder second = new Recorder()) {
      try (Watcher watcher = watcher(workspace, inbox, first)) {
        watcher.start();
        Files.copy(SeedFiles.reuters(), inbox.resolve(SeedFiles.REUTERS));
        Files.copy(SeedFiles.diplomat(), inbox.resolve(SeedFiles.DIPLOMAT));
        assertThat(first.alerts.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)).isNotNull();
      }
      try (Watcher watcher = watcher(workspace, inbox, second)) {
        watcher.start();
        // The restarted watcher remembers the seeds as handled and reads only the new file: once
        // that is ingested, everything before it has been checked.
        Files.writeString(inbox.resolve("zz-port.txt"), UNRELATED, StandardCharsets.UTF_8);
        second.waitUntilStored("zz-port.txt");
      }
      assertThat(second.alerts).isEmpty();
      assertThat(second.ingested)
          .as("files the restarted watcher read")
          .containsExactly(inbox.resolve("zz-port.txt").toAbsolutePath().normalize().toString());
      assertThat(Watcher.alerts(workspace.folder())).hasSize(1);
    }
  }

  @Test
  void anArticleStoredButNotCheckedBeforeAKillIsCheckedOnTheNextStart() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"));
        Recorder first = new Recorder();
        Recorder second = new Recorder()) {
      try (Watcher watcher = watcher(workspace, inbox, first)) {
        watcher.start();
        Files.copy(SeedFiles.reuters(), inbox.resolve(SeedFiles.REUTERS));
        first.waitUntilStored(SeedFiles.REUTERS);
      }
      // What a kill right after the ingest's commit leaves: the article stored, its check not run.
      IngestReport stored =
          workspace.ingest(List.of(SeedFiles.diplomat()), IngestProgress.NONE, () -> false);
      assertThat(stored.stored()).hasSize(1);
      try (Watcher watcher = watcher(workspace, temp.resolve("elsewhere"), second)) {
        watcher.start();
        Alert alert = second.alerts.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(alert).isNotNull();
        assertThat(alert.derived().outlet()).isEqualTo("Diplomat.so");
      }
    }
  }

  @Test
  void anArticleArrivingJoinsTheSavedEventsOfTheLibrary() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"));
        Recorder recorder = new Recorder()) {
      String reuters =
          workspace
              .ingest(List.of(SeedFiles.reuters()), IngestProgress.NONE, () -> false)
              .stored()
              .get(0)
              .id()
              .value();
      workspace.ingestText("port.txt", UNRELATED);
      EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});
      try (Watcher watcher = watcher(workspace, inbox, recorder)) {
        watcher.start();
        Files.copy(SeedFiles.diplomat(), inbox.resolve(SeedFiles.DIPLOMAT));
        assertThat(recorder.alerts.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)).isNotNull();
      }
      // Closing waited for the round, whose last step after the alert updates the events.
      EventResults events = EventGrouping.load(workspace.folder()).orElseThrow();
      assertThat(events.articles()).isEqualTo(3);
      assertThat(events.events())
          .singleElement()
          .satisfies(
              event ->
                  assertThat(event.reports())
                      .extracting(ReportRef::id)
                      .hasSize(2)
                      .startsWith(reuters));
      assertThat(recorder.failures).isEmpty();
    }
  }

  private static Watcher watcher(Workspace workspace, Path folder, WatchListener listener)
      throws Exception {
    return new Watcher(
        workspace,
        new SyndicationScan(workspace, LexicalComparer.standard()),
        new WatchOptions(List.of(folder), List.of(), Duration.ofMillis(200), Duration.ofMinutes(5)),
        listener);
  }

  /** Collects what a watcher tells, for the test thread to wait on. */
  private static final class Recorder implements WatchListener, AutoCloseable {
    final BlockingQueue<Alert> alerts = new LinkedBlockingQueue<>();
    final BlockingQueue<IngestReport> ingests = new LinkedBlockingQueue<>();
    final BlockingQueue<String> ingested = new LinkedBlockingQueue<>();
    final BlockingQueue<String> failures = new LinkedBlockingQueue<>();

    @Override
    public void alert(Alert alert) {
      alerts.add(alert);
    }

    @Override
    public void ingested(String from, IngestReport report) {
      ingested.add(from);
      ingests.add(report);
    }

    @Override
    public void failed(String problem) {
      failures.add(problem);
    }

    /** Waits until an ingest stores an article read from a file of that name. */
    void waitUntilStored(String fileName) throws InterruptedException {
      while (true) {
        IngestReport report = ingests.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(report).as("an ingest storing %s", fileName).isNotNull();
        if (report.stored().stream()
            .anyMatch(a -> a.source() != null && a.source().name().equals(fileName))) {
          return;
        }
      }
    }

    @Override
    public void close() {
      assertThat(failures).as("rounds that failed").isEmpty();
    }
  }
}
