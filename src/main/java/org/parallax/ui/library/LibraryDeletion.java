package org.parallax.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parallax.model.ArticleId;
import org.parallax.model.SearchHit;
import org.parallax.syndication.SavedResults;
import org.parallax.ui.UserError;
import org.parallax.workspace.DeletedArticle;
import org.parallax.workspace.Library;

/**
 * Deletes the reports selected in the library — every version, its original file, and its place in
 * the saved scan and events — and undoes the last deletion. Testable without a running toolkit: the
 * executors decide the threads.
 */
public final class LibraryDeletion {

  /** One deleted report with the saved results as they were before it left them. */
  private record Removed(DeletedArticle article, Map<Path, byte[]> savedBefore) {}

  private final Executor work;
  private final Executor ui;
  private final LibraryViewModel library;
  private final ReadOnlyObjectWrapper<List<Removed>> last = new ReadOnlyObjectWrapper<>(List.of());
  private final BooleanBinding canUndo =
      Bindings.createBooleanBinding(() -> !last.get().isEmpty(), last);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  /**
   * Creates the deletion of one library's selection.
   *
   * @param library the library state whose selection is deleted and which is searched again
   * @param work runs the deletion (a background thread in the window)
   * @param ui applies the outcome (the JavaFX thread in the window)
   */
  public LibraryDeletion(LibraryViewModel library, Executor work, Executor ui) {
    this.library = library;
    this.work = work;
    this.ui = ui;
  }

  /** Returns true when there is a deletion to undo. */
  public BooleanBinding canUndoBinding() {
    return canUndo;
  }

  /** Returns what the last deletion or undo did, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Deletes the selected reports in the background, then searches again. */
  public void deleteSelected() {
    Library target = library.getLibrary();
    List<ArticleId> ids = library.selected().stream().map(SearchHit::id).toList();
    if (target == null || ids.isEmpty()) {
      return;
    }
    work.execute(
        () -> {
          List<Removed> removed = new ArrayList<>();
          try {
            for (ArticleId id : ids) {
              var deleted = target.delete(id);
              if (deleted.isPresent()) {
                removed.add(
                    new Removed(deleted.get(), SavedResults.removeArticle(target.folder(), id)));
              }
            }
            report(removed, "Deleted " + removed.size() + " report(s). Undo brings them back.");
          } catch (IOException | RuntimeException e) {
            report(removed, UserError.of("Delete", e, "").message());
          }
        });
  }

  /** Brings back what the last deletion removed, latest first, then searches again. */
  public void undo() {
    Library target = library.getLibrary();
    List<Removed> removed = last.get();
    if (target == null || removed.isEmpty()) {
      return;
    }
    work.execute(
        () -> {
          try {
            for (int i = removed.size() - 1; i >= 0; i--) {
              target.restore(removed.get(i).article());
              SavedResults.restore(target.folder(), removed.get(i).savedBefore());
            }
            report(List.of(), "Restored " + removed.size() + " report(s).");
          } catch (IOException | RuntimeException e) {
            report(removed, UserError.of("Undo delete", e, "").message());
          }
        });
  }

  private void report(List<Removed> undoable, String words) {
    List<Removed> kept = List.copyOf(undoable);
    ui.execute(
        () -> {
          last.set(kept);
          message.set(words);
          library.search();
        });
  }
}
