package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;
import org.parallax.syndication.ScanResults;
import org.parallax.testing.SeedFiles;
import org.parallax.ui.scan.WorkspaceScanner;
import org.parallax.workspace.ComparisonService;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

class MainWindowViewModelTest {

  private final RecordingWorkArea shown = new RecordingWorkArea();
  private final MainWindowViewModel viewModel = new MainWindowViewModel(Path.of("ws"));

  MainWindowViewModelTest() {
    viewModel.setWorkArea(shown);
  }

  @Test
  void askingToCompareBeforeTheWorkspaceIsOpenSaysToWait() {
    viewModel.compare(new ArticleId("a"), new ArticleId("b"));

    assertThat(shown.errors)
        .singleElement()
        .satisfies(error -> assertThat(error.whatToDo()).contains("Wait until the status line"));
  }

  @Test
  void pastingBlankTextSaysWhatToPaste() {
    viewModel.incoming().paste("pasted.txt", "  \n ");

    assertThat(shown.errors).extracting(UserError::title).containsExactly("Nothing to add");
  }

  @Test
  void aWorkspaceThatCannotOpenIsExplainedWithoutATrace() {
    viewModel.openFailed(new IllegalStateException("locked by another Parallax"));

    assertThat(shown.errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.message()).isEqualTo("locked by another Parallax");
              assertThat(error.whatToDo()).contains("--workspace");
            });
    assertThat(viewModel.getStatus()).isEqualTo("Workspace not open");
  }

  @Test
  void droppingTwoFilesImportsAndComparesThemEarliestFirst(@TempDir Path folder) throws Exception {
    List<Path> dropped = SeedFiles.both();
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      viewModel.open(
          new Services(workspace, ComparisonService.withoutEmbeddings(), null, workspace));

      viewModel.incoming().dropped(dropped);

      assertThat(shown.errors).isEmpty();
      assertThat(shown.comparisons)
          .singleElement()
          .satisfies(
              comparison -> {
                assertThat(comparison.left().article().outlet()).isEqualTo("Reuters");
                assertThat(comparison.right().article().outlet()).isEqualTo("Diplomat.so");
              });
    }
  }

  /** Keeps what the view model asked the window to show. */
  @Test
  void scanListsTheSavedResultsAndScanAgainReplacesThem(@TempDir Path folder) throws Exception {
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      viewModel.open(
          new Services(
              workspace,
              ComparisonService.withoutEmbeddings(),
              null,
              workspace,
              null,
              new WorkspaceScanner(workspace),
              null,
              null));

      viewModel.scan();
      viewModel.scan();
      viewModel.rescan();

      assertThat(shown.scans).hasSize(3);
      ScanResults first = shown.scans.get(0);
      assertThat(first.pairs())
          .singleElement()
          .satisfies(pair -> assertThat(pair.derived().outlet()).isEqualTo("Diplomat.so"));
      assertThat(shown.scans.get(1)).isEqualTo(first);
      assertThat(shown.scans.get(2).scannedAt()).isNotEqualTo(first.scannedAt());
    }
  }

  private static final class RecordingWorkArea implements WorkArea {
    final List<UserError> errors = new ArrayList<>();
    final List<Comparison> comparisons = new ArrayList<>();
    final List<ScanResults> scans = new ArrayList<>();

    @Override
    public void showScan(ScanResults results) {
      scans.add(results);
    }

    @Override
    public void showArticle(Article article) {}

    @Override
    public void showComparison(Comparison comparison) {
      comparisons.add(comparison);
    }

    @Override
    public void showRelated(Article article, List<SearchHit> related) {}

    @Override
    public void showError(UserError error) {
      errors.add(error);
    }
  }
}
