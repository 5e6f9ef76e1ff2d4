package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.workspace.Workspace;

/** Imports into a real workspace, run inline so the state can be read right after. */
class ImportViewModelTest {

  @TempDir Path folder;

  private Workspace workspace;
  private final ImportViewModel viewModel = new ImportViewModel(Runnable::run, Runnable::run);

  @BeforeEach
  void openWorkspace() throws Exception {
    workspace = Workspace.open(folder.resolve("workspace"));
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void reportsProgressFileByFile() throws Exception {
    Path incoming = folderWithABadFile();
    List<Double> seen = new ArrayList<>();
    viewModel.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));

    viewModel.start(workspace, List.of(incoming), report -> {}, error -> {});

    assertThat(seen).anyMatch(p -> p >= 0 && p < 1);
    assertThat(viewModel.getProgress()).isEqualTo(1.0);
    assertThat(viewModel.isRunning()).isFalse();
  }

  @Test
  void listsTheFileThatFailedWithItsReason() throws Exception {
    Path incoming = folderWithABadFile();
    AtomicReference<IngestReport> done = new AtomicReference<>();

    viewModel.start(workspace, List.of(incoming), done::set, error -> {});

    assertThat(viewModel.failures())
        .extracting(f -> Path.of(f.path()).getFileName().toString())
        .containsExactly("empty.txt");
    assertThat(viewModel.failures()).extracting(IngestFailure::reason).allMatch(r -> !r.isBlank());
    assertThat(viewModel.getMessage()).isEqualTo("Imported 2 articles, 1 failed");
    assertThat(done.get().stored()).hasSize(2);
  }

  @Test
  void cancellingStopsBeforeTheNextFile() throws Exception {
    Path incoming = folderWithABadFile();
    ImportViewModel cancelling = new ImportViewModel(Runnable::run, Runnable::run);
    cancelling.progressProperty().addListener((o, was, now) -> cancelling.cancel());
    AtomicReference<IngestReport> done = new AtomicReference<>();

    cancelling.start(workspace, List.of(incoming), done::set, error -> {});

    assertThat(done.get().cancelled()).isTrue();
    assertThat(cancelling.getMessage()).startsWith("Import cancelled");
  }

  private Path folderWithABadFile() throws Exception {
    Path incoming = Files.createDirectories(folder.resolve("incoming"));
    Files.writeString(
        incoming.resolve("a.txt"),
        "Dakar, 9 March 2026\n\nThe talks resumed on Monday, officials said.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        incoming.resolve("b.txt"),
        "Bamako, 10 March 2026\n\nThe government welcomed the decision on Tuesday.\n",
        StandardCharsets.UTF_8);
    Files.write(incoming.resolve("empty.txt"), new byte[0]);
    return incoming;
  }
}
