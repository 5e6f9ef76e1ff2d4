package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;

class WorkspaceTest {

  private static final String REPORT_A =
      "Officials in Bamako said on Monday that the United States is close to a deal with Mali"
          + " to resume surveillance flights.\n\nThe talks follow months of tension.\n";
  private static final String REPORT_B =
      "Arsenal beat Chelsea in London on Saturday.\n\nThe manager praised his defence.\n";

  @TempDir Path temp;

  private Path write(String relative, String text) throws IOException {
    Path file = temp.resolve("input").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private IngestReport ingest(Workspace workspace, Path... paths) {
    return workspace.ingest(List.of(paths), IngestProgress.NONE, () -> false);
  }

  @Test
  void createsTheWorkspaceFolders() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      assertThat(workspace.folder().resolve("index")).isDirectory();
      assertThat(workspace.folder().resolve("originals")).isDirectory();
      assertThat(workspace.folder().resolve("logs")).isDirectory();
    }
  }

  @Test
  void ingestsFoldersRecursivelyAndKeepsTheOriginals() throws IOException {
    write("a.txt", REPORT_A);
    write("sub/b.txt", REPORT_B);
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      IngestReport report = ingest(workspace, temp.resolve("input"));

      assertThat(report.stored()).hasSize(2);
      assertThat(workspace.size()).isEqualTo(2);
      String sha256 = report.stored().get(0).source().sha256();
      assertThat(workspace.folder().resolve("originals").resolve(sha256)).exists();
    }
  }

  @Test
  void storesTheSameFileOnceAndReportsTheDuplicate() throws IOException {
    Path file = write("a.txt", REPORT_A);
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      ingest(workspace, file);
      IngestReport again = ingest(workspace, file);

      assertThat(again.stored()).isEmpty();
      assertThat(again.duplicates()).containsExactly(file.toString());
      assertThat(workspace.size()).isEqualTo(1);
    }
  }

  @Test
  void storesAChangedVersionOfTheSameStoryAsTheNewCurrentVersion() throws IOException {
    String first =
        "{\"url\": \"https://news.example/mali-flights\", \"outlet\": \"Example News\","
            + " \"title\": \"US nears Mali deal\", \"body\": \"The US is close to a deal.\"}";
    String corrected = first.replace("close to a deal", "close to a deal with Mali");
    Path file = write("story.json", first);
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article original = ingest(workspace, file).stored().get(0);
      Files.writeString(file, corrected, StandardCharsets.UTF_8);
      Article changed = ingest(workspace, file).stored().get(0);

      assertThat(changed.id()).isEqualTo(original.id());
      assertThat(changed.version()).isEqualTo(2);
      assertThat(workspace.article(original.id())).contains(changed);
      assertThat(workspace.versions(original.id())).containsExactly(original, changed);
      assertThat(workspace.size()).isEqualTo(1);
    }
  }

  @Test
  void listsFailedFilesWhileStoringTheOthers() throws IOException {
    write("a.txt", REPORT_A);
    Path empty = write("empty.txt", "");
    Path missing = temp.resolve("nowhere.txt");
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      IngestReport report = ingest(workspace, temp.resolve("input"), missing);

      assertThat(report.stored()).hasSize(1);
      assertThat(report.failed())
          .extracting(IngestFailure::path)
          .containsExactlyInAnyOrder(empty.toString(), missing.toString());
      assertThat(report.failed()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }
  }

  @Test
  void keepsEverythingAfterCloseAndReopen() throws IOException {
    write("a.txt", REPORT_A);
    write("b.txt", REPORT_B);
    Path folder = temp.resolve("ws");
    List<Article> stored;
    try (Workspace workspace = Workspace.open(folder)) {
      stored = ingest(workspace, temp.resolve("input")).stored();
    }
    try (Workspace reopened = Workspace.open(folder)) {
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(reopened.article(stored.get(0).id())).contains(stored.get(0));
    }
  }

  @Test
  // The first workspace is held open only for its lock; javac's "try" lint expects a use of it.
  @SuppressWarnings("try")
  void refusesASecondOpenOfTheSameFolder() throws IOException {
    Path folder = temp.resolve("ws");
    try (Workspace first = Workspace.open(folder)) {
      assertThatThrownBy(() -> Workspace.open(folder))
          .isInstanceOf(WorkspaceLockedException.class)
          .hasMessageContaining("in use by another Parallax");
    }
  }

  @Test
  void stopsWhenCancelledKeepingWhatItStored() throws IOException {
    write("a.txt", REPORT_A);
    write("b.txt", REPORT_B);
    write("c.txt", "A third report about something else entirely.\n");
    // Polled before each file and each article: the third poll comes before the second file.
    AtomicInteger polls = new AtomicInteger();
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      IngestReport report =
          workspace.ingest(
              List.of(temp.resolve("input")),
              IngestProgress.NONE,
              () -> polls.incrementAndGet() > 2);

      assertThat(report.cancelled()).isTrue();
      assertThat(report.stored()).hasSize(1);
      assertThat(workspace.size()).isEqualTo(1);
    }
  }

  @Test
  void reportsProgressForEveryFileArticleAndTheEnd() throws IOException {
    write("a.txt", REPORT_A);
    write("b.txt", REPORT_B);
    List<String> updates = new ArrayList<>();
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(
          List.of(temp.resolve("input")),
          status ->
              updates.add(
                  status.filesDone()
                      + "/"
                      + status.filesTotal()
                      + (status.currentFile() == null ? "" : "+")
                      + " read "
                      + status.articlesRead()
                      + " stored "
                      + status.articlesStored()),
          () -> false);
    }
    assertThat(updates)
        .containsExactly(
            "0/2+ read 0 stored 0",
            "0/2+ read 1 stored 0",
            "0/2+ read 1 stored 1",
            "1/2+ read 1 stored 1",
            "1/2+ read 2 stored 1",
            "1/2+ read 2 stored 2",
            "2/2 read 2 stored 2");
  }

  @Test
  void ingestsPastedText() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      IngestReport report = workspace.ingestText("pasted", REPORT_A);

      assertThat(report.stored()).hasSize(1);
      assertThat(workspace.search(SearchRequest.of("surveillance", 10)).total()).isEqualTo(1);
    }
  }

  @Test
  void seedsANewDefaultWorkspaceWithTheBundledSamples() throws IOException {
    try (Workspace workspace = Workspace.openDefault(temp.resolve("ws"))) {
      assertThat(workspace.size()).isEqualTo(sampleCount());
      assertThat(workspace.search(SearchRequest.of("Mali", 10)).total()).isEqualTo(2);
    }
  }

  @Test
  void doesNotSeedAnExistingWorkspaceAgain() throws IOException {
    Path folder = temp.resolve("ws");
    Workspace.open(folder).close();
    try (Workspace workspace = Workspace.openDefault(folder)) {
      assertThat(workspace.size()).isZero();
    }
  }

  private static long sampleCount() throws IOException {
    try (Stream<String> lines =
        new String(
                Workspace.class.getResourceAsStream("/sample-data/index.txt").readAllBytes(),
                StandardCharsets.UTF_8)
            .lines()) {
      return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
    }
  }

  @Test
  void cancellingInsideABigFileKeepsTheArticlesStoredBefore() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append(
          String.format(
              java.util.Locale.ROOT,
              "{\"id\": \"w%d\", \"title\": \"T%d\", \"body\": \"Wire story %d.\"}%n",
              i,
              i,
              i));
    }
    Path file = Files.writeString(temp.resolve("wires.jsonl"), lines, StandardCharsets.UTF_8);
    List<IngestStatus> seen = new ArrayList<>();

    IngestReport report;
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      report =
          workspace.ingest(
              List.of(file),
              seen::add,
              () -> !seen.isEmpty() && seen.get(seen.size() - 1).articlesStored() >= 7);
    }

    assertThat(report.cancelled()).isTrue();
    assertThat(report.stored()).hasSize(7);
    assertThat(seen).anyMatch(s -> s.currentFileArticles() == 20 && s.currentFileDone() == 3);
    try (Workspace reopened = Workspace.open(temp.resolve("ws"))) {
      assertThat(reopened.size()).isEqualTo(7);
    }
  }
}
