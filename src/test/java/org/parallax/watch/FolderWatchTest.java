package org.parallax.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a file in a watched folder counts as complete: the polls are given their time, so the test
 * needs no clock.
 */
class FolderWatchTest {

  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final Instant T0 = Instant.parse("2026-03-12T10:00:00Z");

  @TempDir Path folder;

  @Test
  void aFileIsReadyOnceUnchangedForTheQuietPeriod() throws Exception {
    FolderWatch watch = new FolderWatch(List.of(folder), QUIET, HandledFiles.none());
    Path file = Files.writeString(folder.resolve("a.txt"), "DAKAR - Talks resumed.\n");

    assertThat(watch.ready(T0)).isEmpty();
    assertThat(watch.ready(T0.plusMillis(500))).isEmpty();
    assertThat(watch.ready(T0.plus(QUIET))).containsExactly(file);
  }

  @Test
  void aFileStillGrowingIsNotReadHalf() throws Exception {
    FolderWatch watch = new FolderWatch(List.of(folder), QUIET, HandledFiles.none());
    Path file = Files.writeString(folder.resolve("a.txt"), "DAKAR - Talks ");
    assertThat(watch.ready(T0)).isEmpty();

    Files.writeString(
        file, "resumed on Monday.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(watch.ready(T0.plus(QUIET))).as("it grew since the last poll").isEmpty();
    assertThat(watch.ready(T0.plus(QUIET).plus(QUIET))).containsExactly(file);
  }

  @Test
  void aHandledFileIsOfferedAgainOnlyWhenItChanges() throws Exception {
    FolderWatch watch = new FolderWatch(List.of(folder), QUIET, HandledFiles.none());
    Path file = Files.writeString(folder.resolve("a.txt"), "DAKAR - Talks resumed.\n");
    watch.ready(T0);
    watch.handled(watch.ready(T0.plus(QUIET)));
    assertThat(watch.ready(T0.plusSeconds(5))).isEmpty();

    Files.writeString(file, "DAKAR - Talks resumed on Monday, officials said.\n");
    watch.ready(T0.plusSeconds(6));
    assertThat(watch.ready(T0.plusSeconds(7))).containsExactly(file);
  }

  @Test
  void aWatchStartedAgainDoesNotOfferTheFilesHandledBeforeUnlessChanged() throws Exception {
    Path inbox = Files.createDirectories(folder.resolve("inbox"));
    Path workspace = folder.resolve("workspace");
    Path kept = Files.writeString(inbox.resolve("a.txt"), "DAKAR - Talks resumed.\n");
    Path edited = Files.writeString(inbox.resolve("b.txt"), "BAMAKO - Flights resume.\n");
    FolderWatch first = new FolderWatch(List.of(inbox), QUIET, HandledFiles.open(workspace));
    first.ready(T0);
    first.handled(first.ready(T0.plus(QUIET)));

    Files.writeString(edited, "BAMAKO - Flights resume on Monday, officials said.\n");
    Path added = Files.writeString(inbox.resolve("c.txt"), "NIAMEY - Talks end.\n");
    FolderWatch second = new FolderWatch(List.of(inbox), QUIET, HandledFiles.open(workspace));
    second.ready(T0.plusSeconds(10));

    assertThat(second.ready(T0.plusSeconds(11)))
        .containsExactly(edited, added)
        .doesNotContain(kept);
  }

  @Test
  void aDamagedLastLineOfTheMemoryIsSkipped() throws Exception {
    Path inbox = Files.createDirectories(folder.resolve("inbox"));
    Path workspace = folder.resolve("workspace");
    Path kept = Files.writeString(inbox.resolve("a.txt"), "DAKAR - Talks resumed.\n");
    FolderWatch first = new FolderWatch(List.of(inbox), QUIET, HandledFiles.open(workspace));
    first.ready(T0);
    first.handled(first.ready(T0.plus(QUIET)));
    // What a kill while appending leaves.
    Files.writeString(
        workspace.resolve(HandledFiles.SAVED),
        "{\"path\":\"/tm",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    FolderWatch second = new FolderWatch(List.of(inbox), QUIET, HandledFiles.open(workspace));
    second.ready(T0.plusSeconds(10));

    assertThat(second.ready(T0.plusSeconds(11))).doesNotContain(kept).isEmpty();
  }

  @Test
  void filesBeingWrittenHiddenOrEmptyWaitAndSubfoldersAreWatched() throws Exception {
    FolderWatch watch = new FolderWatch(List.of(folder), QUIET, HandledFiles.none());
    Files.writeString(folder.resolve("b.txt.part"), "half");
    Files.writeString(folder.resolve(".hidden.txt"), "hidden");
    Files.writeString(folder.resolve("download.crdownload"), "half");
    Files.createFile(folder.resolve("empty.txt"));
    Path nested =
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("c.txt"), "x");

    watch.ready(T0);
    assertThat(watch.ready(T0.plus(QUIET))).containsExactly(nested);
  }
}
