package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import org.parallax.model.Article;
import org.parallax.model.IngestReport;
import org.parallax.ui.library.ImportViewModel;
import org.parallax.ui.library.LibraryViewModel;

/**
 * Reports coming into the library from outside it: pasted text, imported files and folders, and
 * files dropped on the window (exactly two dropped files are compared as well). Whatever is stored,
 * the status line sums it up and the library lists itself again.
 */
public final class IncomingReports {

  private final WhenOpen whenOpen;
  private final StatusLineWork jobs;
  private final ImportViewModel imports;
  private final LibraryViewModel library;
  private final StringProperty status;
  private final Supplier<WorkArea> workArea;

  /**
   * Creates the window's ways in for reports.
   *
   * @param whenOpen runs an action once the workspace is open
   * @param jobs runs pasting and comparing with the status line saying so
   * @param imports runs imports with progress
   * @param library lists the library again after something is stored
   * @param status the status line, which sums up what was stored
   * @param workArea where articles, comparisons and errors go (read when needed: the view attaches
   *     late)
   */
  IncomingReports(
      WhenOpen whenOpen,
      StatusLineWork jobs,
      ImportViewModel imports,
      LibraryViewModel library,
      StringProperty status,
      Supplier<WorkArea> workArea) {
    this.whenOpen = whenOpen;
    this.jobs = jobs;
    this.imports = imports;
    this.library = library;
    this.status = status;
    this.workArea = workArea;
  }

  /** Stores pasted text as a new article and opens it. */
  public void paste(String name, String text) {
    if (text == null || text.isBlank()) {
      workArea
          .get()
          .showError(
              new UserError(
                  "Nothing to add", "The pasted text is empty.", "Paste a report's text."));
      return;
    }
    whenOpen.run(
        s ->
            jobs.run(
                "Adding pasted article…",
                () -> s.library().ingestText(name, text),
                report -> {
                  afterIngest(report);
                  report.stored().stream().findFirst().ifPresent(workArea.get()::showArticle);
                }));
  }

  /** Imports files and folders with progress. */
  public void importPaths(List<Path> paths) {
    whenOpen.run(
        s -> imports.start(s.library(), paths, this::afterIngest, workArea.get()::showError));
  }

  /** Takes dropped files and folders: exactly two files are imported and compared. */
  public void dropped(List<Path> paths) {
    boolean twoFiles = paths.size() == 2 && paths.stream().allMatch(Files::isRegularFile);
    if (!twoFiles) {
      importPaths(paths);
      return;
    }
    whenOpen.run(
        s ->
            imports.start(
                s.library(),
                paths,
                report -> {
                  afterIngest(report);
                  compareDropped(s, report, paths);
                },
                workArea.get()::showError));
  }

  private void compareDropped(Services s, IngestReport report, List<Path> paths) {
    jobs.run(
        "Comparing dropped files…",
        () -> {
          List<Article> both = DroppedFiles.bothArticles(s.library(), report, paths);
          return s.compareEarliestFirst(both.get(0), both.get(1));
        },
        workArea.get()::showComparison);
  }

  private void afterIngest(IngestReport report) {
    status.set(ImportViewModel.summary(report));
    library.search();
  }
}
