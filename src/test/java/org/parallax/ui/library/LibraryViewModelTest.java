package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.FacetCount;
import org.parallax.model.SearchHit;
import org.parallax.workspace.Workspace;

/** Searches a real workspace seeded with the two sample reports, run inline. */
class LibraryViewModelTest {

  @TempDir Path folder;

  private Workspace workspace;
  private final LibraryViewModel viewModel = new LibraryViewModel(Runnable::run, Runnable::run);

  @BeforeEach
  void openWorkspace() throws Exception {
    workspace = Workspace.openDefault(folder.resolve("workspace"));
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void listsEveryReportOnceTheLibraryIsSet() {
    viewModel.setLibrary(workspace);

    assertThat(viewModel.hits()).hasSize(2);
    assertThat(viewModel.outlets()).extracting(FacetCount::value).contains("Reuters");
  }

  @Test
  void checkingAnOutletDrillsDown() {
    viewModel.setLibrary(workspace);

    viewModel.toggleOutlet("Reuters");

    assertThat(viewModel.hits()).extracting(SearchHit::outlet).containsOnly("Reuters");
  }

  @Test
  void aBadQueryLeavesAnErrorAndKeepsTheHits() {
    viewModel.setLibrary(workspace);

    viewModel.setQuery("Mali AND (drones");
    viewModel.search();

    assertThat(viewModel.getError()).startsWith("Cannot run this query");
    assertThat(viewModel.hits()).hasSize(2);
  }

  @Test
  void twoSelectedHitsEnableCompare() {
    viewModel.setLibrary(workspace);

    viewModel.selected().setAll(viewModel.hits());

    assertThat(viewModel.twoSelectedBinding().get()).isTrue();
  }

  @Test
  void countsAnnotationTagsAndDrillsDownToTheAnnotatedReport() throws Exception {
    SearchHit reuters =
        workspace
            .search(org.parallax.workspace.SearchRequest.of("outlet:reuters", 1))
            .hits()
            .get(0);
    workspace
        .annotations()
        .annotateQuote(reuters.id(), "Mali", java.util.List.of("verbatim-copy"), "");
    viewModel.setLibrary(workspace);

    assertThat(viewModel.tags()).containsExactly(new FacetCount("verbatim-copy", 1));
    viewModel.toggleTag("verbatim-copy");

    assertThat(viewModel.hits()).extracting(SearchHit::id).containsExactly(reuters.id());
  }

  @Test
  void showsWhereTheQueryMatchesInTheOneSelectedRow() {
    viewModel.setLibrary(workspace);
    viewModel.setQuery("drones");
    viewModel.search();

    viewModel.selected().setAll(viewModel.hits().get(0));

    assertThat(viewModel.getPreview()).containsIgnoringCase("<b>drones</b>");
    viewModel.selected().setAll(viewModel.hits());
    assertThat(viewModel.getPreview()).isEmpty();
  }

  @Test
  void listsTheRowsInTheOrderOfAColumn() {
    viewModel.setLibrary(workspace);

    viewModel.setOrder(
        new org.parallax.model.LibraryOrder(
            org.parallax.model.LibraryOrder.Column.PUBLISHED, true));

    assertThat(viewModel.hits())
        .extracting(SearchHit::outlet)
        .containsExactly("Diplomat.so", "Reuters");
  }
}
