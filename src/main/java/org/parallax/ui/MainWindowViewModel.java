package org.parallax.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;
import org.parallax.syndication.ScanResults;
import org.parallax.ui.events.EventsViewModel;
import org.parallax.ui.library.ImportViewModel;
import org.parallax.ui.library.LibraryViewModel;
import org.parallax.workspace.Comparer;
import org.parallax.workspace.IndexChoice;

/**
 * State of the main window: the workspace services once open, the library and import state, the
 * theme, the status line, and the actions the menus and buttons trigger (reports coming in are
 * {@link IncomingReports}'s, another library is opened through {@link LibrarySwitch}). Testable
 * without a running toolkit: heavy work goes to the {@code work} executor, results to the {@code
 * ui} one.
 */
public final class MainWindowViewModel {

  private static final int RELATED_LIMIT = 20;

  private final Path workspace;
  private final Executor work;
  private final StatusLineWork jobs;
  private final Executor ui;
  private final LibraryViewModel library;
  private final ImportViewModel imports;
  private final IncomingReports incoming;
  private final LibrarySwitch librarySwitch;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper calibration = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper archive = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
  private WorkArea workArea = new IgnoringWorkArea();
  private EventsViewModel events;

  /**
   * Creates the window's state for a workspace.
   *
   * @param workspace the workspace folder
   */
  public MainWindowViewModel(Path workspace) {
    this(workspace, Runnable::run, Runnable::run, Runnable::run);
  }

  /**
   * Creates the window's state with the executors it runs work on.
   *
   * @param workspace the workspace folder
   * @param work runs searches and comparisons
   * @param importWork runs imports, apart from searches so the library stays usable
   * @param ui applies results
   */
  MainWindowViewModel(Path workspace, Executor work, Executor importWork, Executor ui) {
    this.workspace = workspace;
    this.work = work;
    this.ui = ui;
    this.library = new LibraryViewModel(work, ui);
    this.imports = new ImportViewModel(importWork, ui);
    this.jobs = new StatusLineWork(status, work, ui, () -> workArea);
    this.incoming =
        new IncomingReports(this::whenOpen, jobs, imports, library, status, () -> workArea);
    this.librarySwitch =
        new LibrarySwitch(
            workspace, work, ui, this::open, e -> workArea.showError(e), this::openFailed);
    status.set("Opening workspace " + workspace + "…");
  }

  /** Returns the workspace folder. */
  public Path workspace() {
    return workspace;
  }

  /**
   * Returns what the window says, beside the status line, about the engine's settings: empty on the
   * shipped settings, and from how many corrections when the workspace runs on calibrated ones.
   */
  public ReadOnlyStringProperty calibrationProperty() {
    return calibration.getReadOnlyProperty();
  }

  /**
   * Returns which library the articles live in (the embedded index or a shared archive), shown in
   * the status line for as long as the workspace is open; empty before.
   */
  public ReadOnlyStringProperty archiveProperty() {
    return archive.getReadOnlyProperty();
  }

  /** Returns the status line shown at the bottom of the window. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Returns the status line shown at the bottom of the window. */
  public String getStatus() {
    return status.get();
  }

  /** Returns the workspace services; null until the workspace is open. */
  ReadOnlyObjectProperty<Services> servicesProperty() {
    return services.getReadOnlyProperty();
  }

  /** Lists the library again, for articles stored by something else than the window's import. */
  public void refreshLibrary() {
    library.search();
  }

  /** Shows a message in the status line (a feature's news, such as a watched folder's). */
  public void setStatus(String message) {
    status.set(message);
  }

  /** Returns whether the dark theme is on. */
  BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  /** Returns whether the dark theme is on. */
  boolean isDarkTheme() {
    return darkTheme.get();
  }

  /** Turns the dark theme on or off. */
  void setDarkTheme(boolean value) {
    darkTheme.set(value);
  }

  /** Returns the library side's state. */
  public LibraryViewModel library() {
    return library;
  }

  /** Returns the import state. */
  ImportViewModel imports() {
    return imports;
  }

  /** Returns the ways reports come into the library: paste, import and drop. */
  public IncomingReports incoming() {
    return incoming;
  }

  /** Sets where opened articles, comparisons and errors go. */
  void setWorkArea(WorkArea target) {
    workArea = target;
  }

  /** Takes the opened workspace's services and fills the library. */
  public void open(Services opened) {
    services.set(opened);
    library.setLibrary(opened.library());
    status.set("Workspace " + workspace + " · " + opened.library().size() + " articles");
    archive.set("Articles in the " + opened.library().whereArticlesLive());
    calibration.set(
        opened.annotations() == null
            ? ""
            : opened
                .annotations()
                .corrections()
                .calibration()
                .map(c -> "Engine " + c.label())
                .orElse(""));
    // Queued behind the library's first listing: the user sees the library first, and a
    // comparison asked for meanwhile finds the models loaded or loading instead of starting cold.
    Comparer comparer = opened.comparer();
    if (comparer != null) {
      work.execute(comparer::warmUp);
    }
  }

  /** Returns the library the workspace remembers, as {@code --index} takes it; blank: embedded. */
  String libraryOption() {
    return librarySwitch.remembered();
  }

  /**
   * Reopens the workspace with its articles in another library, or on the one it remembers when
   * that does not open (see {@link LibrarySwitch}); what was opened from the old library is closed.
   */
  public void openLibrary(IndexChoice chosen) {
    Services old = services.get();
    if (old == null) {
      whenOpen(s -> {});
      return;
    }
    services.set(null);
    events = null;
    workArea.libraryChanged();
    status.set(
        "Opening the "
            + (chosen.isEmbedded() ? "embedded index" : "shared archive " + chosen)
            + "…");
    archive.set("");
    librarySwitch.reopen(old, chosen);
  }

  /** Tells the user the workspace could not be opened. */
  void openFailed(Throwable failure) {
    status.set("Workspace not open");
    workArea.showError(
        UserError.of(
            "Cannot open the workspace",
            failure,
            "Check that "
                + workspace
                + " is a folder you can write to, or start Parallax with --workspace and another"
                + " folder."));
  }

  /** Opens an article in a tab. */
  public void openArticle(ArticleId id) {
    whenOpen(s -> jobs.run("Opening article…", () -> load(s, id), workArea::showArticle));
  }

  /** Compares the two selected hits, the earlier report on the left. */
  public void compareSelected() {
    List<SearchHit> chosen = List.copyOf(library.selected());
    if (chosen.size() == 2) {
      compare(chosen.get(0).id(), chosen.get(1).id());
    }
  }

  /** Compares two articles, the earlier report on the left. */
  public void compare(ArticleId first, ArticleId second) {
    whenOpen(
        s ->
            jobs.run(
                "Comparing…",
                () -> s.compareEarliestFirst(load(s, first), load(s, second)),
                workArea::showComparison));
  }

  /**
   * Lists the reports derived from another: the last scan's results when the workspace has been
   * scanned (a scan of a large workspace takes minutes), otherwise a new scan's.
   */
  public void scan() {
    whenOpen(
        s -> {
          if (s.scanner() == null) {
            return;
          }
          jobs.run(
              "Scanning the workspace for rewrites…",
              () -> {
                Optional<ScanResults> saved = s.scanner().saved();
                return saved.isPresent() ? saved.get() : s.scanner().scan();
              },
              workArea::showScan);
        });
  }

  /** Scans the whole workspace again and lists what it finds. */
  public void rescan() {
    whenOpen(
        s -> {
          if (s.scanner() != null) {
            jobs.run("Scanning the workspace for rewrites…", s.scanner()::scan, workArea::showScan);
          }
        });
  }

  /**
   * Shows the workspace's events: the saved ones, or a new grouping when there are none. The tab
   * keeps its state (and the matrices it aligned) while the workspace stays open.
   */
  public void events() {
    whenOpen(
        s -> {
          if (s.events() == null) {
            return;
          }
          boolean first = events == null;
          if (first) {
            events =
                new EventsViewModel(
                    s.events(), work, ui, Clock.systemUTC(), () -> s.library().size());
          }
          workArea.showEvents(events);
          if (first) {
            events.load();
          } else {
            events.refreshSummary();
          }
        });
  }

  /** Lists the reports related to an article. */
  public void related(ArticleId id) {
    whenOpen(
        s ->
            jobs.run(
                "Finding related reports…",
                () -> new Related(load(s, id), s.library().related(id, RELATED_LIMIT)),
                found -> workArea.showRelated(found.article(), found.hits())));
  }

  /** Writes a comparison to a file in the format its extension names (html, json or csv). */
  public void export(Comparison comparison, Path target) {
    whenOpen(
        s ->
            jobs.run(
                "Exporting…",
                () -> {
                  s.exporter().export(comparison, target);
                  return target;
                },
                written -> status.set("Exported to " + written)));
  }

  private void whenOpen(Consumer<Services> action) {
    Services open = services.get();
    if (open == null) {
      workArea.showError(
          new UserError(
              "The workspace is still opening",
              "Parallax is still opening " + workspace + ".",
              "Wait until the status line shows the number of articles, then try again."));
      return;
    }
    action.accept(open);
  }

  private static Article load(Services s, ArticleId id) {
    return s.library()
        .article(id)
        .orElseThrow(() -> new IllegalStateException("No article " + id + " in the library"));
  }

  private record Related(Article article, List<SearchHit> hits) {}

  /** Drops everything until the view attaches itself. */
  private static final class IgnoringWorkArea implements WorkArea {
    @Override
    public void showArticle(Article article) {}

    @Override
    public void showComparison(Comparison comparison) {}

    @Override
    public void showRelated(Article article, List<SearchHit> related) {}

    @Override
    public void showError(UserError error) {}
  }
}
