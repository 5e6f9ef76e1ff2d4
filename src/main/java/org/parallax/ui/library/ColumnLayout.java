package org.parallax.ui.library;

import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;

/**
 * Remembers the library table's column widths and sort between sessions.
 *
 * <p>They are kept in the user's preferences, not in the workspace: a layout fits a person's screen
 * and habits, not an archive, and a workspace is shared with colleagues or copied to another
 * machine, where one person's widths would be wrong. Opening another workspace keeps the layout.
 */
final class ColumnLayout {

  private static final String SORT = "sort";
  private static final String WIDTH = "width.";
  private static final String DESCENDING = "descending";

  private final Preferences store;

  /**
   * Creates a layout kept in {@code store}.
   *
   * @param store the preferences node (the user's, under this package, in the window)
   */
  ColumnLayout(Preferences store) {
    this.store = store;
  }

  /** Returns the layout kept in the user's preferences. */
  static ColumnLayout ofUser() {
    return new ColumnLayout(Preferences.userNodeForPackage(ColumnLayout.class).node("table"));
  }

  /** Applies the remembered widths and sort to the columns (identified by their ids). */
  <S> void restore(List<TableColumn<S, ?>> columns, ObservableList<TableColumn<S, ?>> sortOrder) {
    for (TableColumn<S, ?> column : columns) {
      double width = store.getDouble(WIDTH + column.getId(), -1);
      if (width > 0) {
        column.setPrefWidth(width);
      }
    }
    String sort = store.get(SORT, "");
    for (TableColumn<S, ?> column : columns) {
      if (sort.startsWith(column.getId() + " ")) {
        column.setSortType(
            sort.endsWith(" " + DESCENDING)
                ? TableColumn.SortType.DESCENDING
                : TableColumn.SortType.ASCENDING);
        sortOrder.setAll(List.of(column));
      }
    }
  }

  /** Keeps the store in step with the user's resizing and sorting from now on. */
  <S> void follow(List<TableColumn<S, ?>> columns, ObservableList<TableColumn<S, ?>> sortOrder) {
    for (TableColumn<S, ?> column : columns) {
      column
          .widthProperty()
          .addListener((o, was, now) -> store.putDouble(WIDTH + column.getId(), now.doubleValue()));
      column.sortTypeProperty().addListener((o, was, now) -> saveSort(sortOrder));
    }
    sortOrder.addListener((ListChangeListener<TableColumn<S, ?>>) c -> saveSort(sortOrder));
  }

  private <S> void saveSort(List<TableColumn<S, ?>> sortOrder) {
    if (sortOrder.isEmpty()) {
      store.remove(SORT);
      return;
    }
    TableColumn<S, ?> first = sortOrder.get(0);
    store.put(SORT, first.getId() + " " + first.getSortType().name().toLowerCase(Locale.ROOT));
  }
}
