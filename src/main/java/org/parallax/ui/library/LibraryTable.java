package org.parallax.ui.library;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.parallax.model.LibraryOrder;
import org.parallax.model.LibraryOrder.Column;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;

/**
 * The library's rows as a table: title, outlet, published, byline, words and versions.
 *
 * <p>Clicking a header does not sort the rows here: the view model asks the index for every match
 * in that column's order (doc values, no stored text), which stays fast at 100,000 rows where
 * sorting strings in the window would not. The table is virtualised, so only the visible rows are
 * drawn whatever the number of matches.
 */
final class LibraryTable {

  /** Room left for the vertical scroll bar and the borders, in pixels. */
  private static final double SCROLLBAR = 20;

  private final TableView<SearchHit> table = new TableView<>();

  LibraryTable(LibraryViewModel viewModel, ColumnLayout layout) {
    table.setId("hits");
    table.getStyleClass().addAll("library-table", Styles.DENSE);
    table.setItems(viewModel.hits());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("No reports. Import files or drop them here."));
    table.setTableMenuButtonVisible(true);
    table
        .getColumns()
        .setAll(
            List.of(
                titleColumn(),
                textColumn("Outlet", Column.OUTLET, SearchHit::outlet, 130),
                textColumn("Published", Column.PUBLISHED, hit -> when(hit.published()), 128),
                textColumn("Byline", Column.BYLINE, hit -> hit.details().byline(), 90),
                numberColumn("Words", Column.WORDS, hit -> hit.details().words()),
                numberColumn("Versions", Column.VERSIONS, hit -> hit.details().versions())));
    table.getColumns().forEach(column -> column.setReorderable(false));
    // Set before the remembered sort is restored, so that no sort ever runs in the window.
    table.setSortPolicy(
        sorted -> {
          viewModel.setOrder(orderOf(sorted.getSortOrder()));
          return true;
        });
    layout.restore(table.getColumns(), table.getSortOrder());
    fillWithTitle();
    showBylinesWhenAny(table.getColumns().get(3), viewModel);
    layout.follow(table.getColumns(), table.getSortOrder());
    viewModel.setOrder(orderOf(table.getSortOrder()));
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<SearchHit>)
                c -> viewModel.selected().setAll(table.getSelectionModel().getSelectedItems()));
  }

  /**
   * Gives the title whatever width the other columns leave (it is the column people read), as the
   * pane or another column is resized; a title resized by hand keeps its width until then.
   */
  private void fillWithTitle() {
    TableColumn<SearchHit, ?> title = table.getColumns().get(0);
    Runnable fill =
        () -> {
          double others = 0;
          for (TableColumn<SearchHit, ?> column : table.getColumns().subList(1, 6)) {
            others += column.isVisible() ? column.getWidth() : 0;
          }
          title.setPrefWidth(Math.max(title.getMinWidth(), table.getWidth() - others - SCROLLBAR));
        };
    table.widthProperty().addListener((o, was, now) -> fill.run());
    for (TableColumn<SearchHit, ?> column : table.getColumns().subList(1, 6)) {
      column.widthProperty().addListener((o, was, now) -> fill.run());
      column.visibleProperty().addListener((o, was, now) -> fill.run());
    }
  }

  /**
   * Shows the byline column only while some row has a byline: many wires (the Reuters archive)
   * carry none, and an empty column takes width from the titles. Once the user shows or hides it
   * from the column menu, that choice stands.
   */
  private static void showBylinesWhenAny(TableColumn<SearchHit, ?> byline, LibraryViewModel rows) {
    boolean[] settingIt = {false};
    boolean[] userChose = {false};
    byline
        .visibleProperty()
        .addListener(
            (o, was, now) -> {
              if (!settingIt[0]) {
                userChose[0] = true;
              }
            });
    rows.hits()
        .addListener(
            (ListChangeListener<SearchHit>)
                change -> {
                  if (userChose[0]) {
                    return;
                  }
                  boolean any = rows.hits().stream().anyMatch(h -> h.details().byline() != null);
                  settingIt[0] = true;
                  byline.setVisible(any);
                  settingIt[0] = false;
                });
  }

  /** Returns the table. */
  TableView<SearchHit> table() {
    return table;
  }

  /** Returns the order the table's sorted columns ask for; relevance when none is sorted. */
  static LibraryOrder orderOf(List<TableColumn<SearchHit, ?>> sortOrder) {
    if (sortOrder.isEmpty()) {
      return LibraryOrder.RELEVANCE;
    }
    TableColumn<SearchHit, ?> first = sortOrder.get(0);
    return new LibraryOrder(
        (Column) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
  }

  /** Returns the publication as a day, with the time when it is known (as the wires give it). */
  static String when(Published published) {
    if (published == null) {
      return null;
    }
    return published
        .moment()
        .map(
            moment ->
                String.format(
                    Locale.ROOT,
                    "%s %02d:%02d",
                    published.date(),
                    moment.getHour(),
                    moment.getMinute()))
        .orElse(published.date().toString());
  }

  private TableColumn<SearchHit, String> titleColumn() {
    TableColumn<SearchHit, String> title = new TableColumn<>("Title");
    title.setId("column-title");
    title.setUserData(Column.TITLE);
    title.setPrefWidth(330);
    title.setMinWidth(120);
    title.setCellValueFactory(
        row -> new ReadOnlyObjectWrapper<>(row.getValue().details().listedTitle()));
    title.setCellFactory(
        column ->
            new TableCell<>() {
              private final Tooltip full = new Tooltip();

              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                SearchHit hit = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                // A report without a headline is named by its opening sentence, shown as such.
                getStyleClass().remove("hit-untitled");
                if (hit != null && hit.title() == null) {
                  getStyleClass().add("hit-untitled");
                }
                full.setText(text);
                setTooltip(empty ? null : full);
              }
            });
    return title;
  }

  private static TableColumn<SearchHit, String> textColumn(
      String name, Column sortedOn, Function<SearchHit, String> value, double width) {
    TableColumn<SearchHit, String> column = new TableColumn<>(name);
    column.setId("column-" + name.toLowerCase(Locale.ROOT));
    column.setUserData(sortedOn);
    column.setPrefWidth(width);
    column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    return column;
  }

  private static TableColumn<SearchHit, Number> numberColumn(
      String name, Column sortedOn, Function<SearchHit, Integer> value) {
    TableColumn<SearchHit, Number> column = new TableColumn<>(name);
    column.setId("column-" + name.toLowerCase(Locale.ROOT));
    column.setUserData(sortedOn);
    column.setPrefWidth(name.length() > 5 ? 74 : 62);
    column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? null : String.format(Locale.ROOT, "%,d", number));
                setAlignment(Pos.CENTER_RIGHT);
              }
            });
    return column;
  }
}
