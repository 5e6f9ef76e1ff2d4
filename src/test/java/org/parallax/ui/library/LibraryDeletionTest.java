package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/** Deleting from the window's library, and undoing it, on a real workspace. */
class LibraryDeletionTest {

  private final LibraryViewModel viewModel = new LibraryViewModel(Runnable::run, Runnable::run);

  @Test
  void deletedReportLeavesTheLibraryAndUndoBringsItBack(@TempDir Path folder) throws Exception {
    try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
      workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      viewModel.setLibrary(workspace);
      assertThat(viewModel.hits()).hasSize(2);

      viewModel.selected().setAll(viewModel.hits().get(0));
      viewModel.deletion().deleteSelected();

      assertThat(viewModel.hits()).hasSize(1);
      assertThat(workspace.size()).isEqualTo(1);
      assertThat(viewModel.deletion().canUndoBinding().get()).isTrue();
      assertThat(viewModel.deletion().messageProperty().get()).startsWith("Deleted 1 report");

      viewModel.deletion().undo();

      assertThat(viewModel.hits()).hasSize(2);
      assertThat(viewModel.deletion().canUndoBinding().get()).isFalse();
    }
  }
}
