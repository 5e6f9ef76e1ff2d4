package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ScanProgress;
import org.parallax.ui.events.EventDetail;
import org.parallax.ui.events.EventSource;
import org.parallax.ui.events.EventsViewModel;
import org.parallax.workspace.Workspace;

/** Compare > Events from the main window's state: one tab state per workspace, loaded once. */
class MainWindowEventsTest {

  @TempDir Path folder;

  /** Saved events that count how often the window read them. */
  private static final class CountingSource implements EventSource {
    int reads;

    @Override
    public Optional<EventResults> saved() {
      reads++;
      return Optional.of(new EventResults("2026-03-11T10:00:00Z", 0, 0.3, 1, List.of()));
    }

    @Override
    public EventResults group(ScanProgress progress) {
      throw new AssertionError("saved events need no grouping");
    }

    @Override
    public EventDetail detail(EventGrouping.Event event) {
      return new EventDetail(
          new EventMatrix(event.id(), event.reports(), List.of()), java.util.Map.of());
    }
  }

  /** Keeps what the window was asked to show. */
  private static final class ShownEvents implements WorkArea {
    final List<EventsViewModel> events = new ArrayList<>();
    final List<UserError> errors = new ArrayList<>();

    @Override
    public void showArticle(Article article) {}

    @Override
    public void showComparison(Comparison comparison) {}

    @Override
    public void showRelated(Article article, List<SearchHit> related) {}

    @Override
    public void showEvents(EventsViewModel shown) {
      events.add(shown);
    }

    @Override
    public void showError(UserError error) {
      errors.add(error);
    }
  }

  private final ShownEvents shown = new ShownEvents();
  private final CountingSource source = new CountingSource();

  @Test
  void showsTheSameEventsStateEachTimeAndReadsTheSavedEventsOnce() throws Exception {
    try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
      MainWindowViewModel viewModel = new MainWindowViewModel(workspace.folder());
      viewModel.setWorkArea(shown);
      viewModel.open(new Services(workspace, null, null, workspace, null, null, source, null));

      viewModel.events();
      viewModel.events();

      assertThat(shown.events).hasSize(2).containsOnly(shown.events.get(0));
      assertThat(source.reads).isEqualTo(1);
      assertThat(shown.events.get(0).summaryProperty().get()).startsWith("0 events");
    }
  }

  @Test
  void askingForEventsBeforeTheWorkspaceIsOpenSaysToWait() {
    MainWindowViewModel viewModel = new MainWindowViewModel(folder.resolve("ws"));
    viewModel.setWorkArea(shown);

    viewModel.events();

    assertThat(shown.events).isEmpty();
    assertThat(shown.errors)
        .singleElement()
        .satisfies(error -> assertThat(error.whatToDo()).contains("Wait until the status line"));
  }
}
