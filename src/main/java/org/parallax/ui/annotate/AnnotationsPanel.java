package org.parallax.ui.annotate;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parallax.model.Annotation;

/**
 * The annotations panel: a table of every annotation (quote, tags, note, author, time) with filters
 * by tag, author and text; orphans are marked; clicking a row jumps to the annotation.
 */
public final class AnnotationsPanel {

  private final BorderPane root = new BorderPane();
  private final TableView<AnnotationsPanelViewModel.Row> table = new TableView<>();

  AnnotationsPanel(
      AnnotationsPanelViewModel viewModel,
      Consumer<Annotation> jump,
      Consumer<Annotation> edit,
      Consumer<Annotation> delete) {
    Label heading = new Label("Annotations");
    heading.getStyleClass().add("side-heading");
    heading.setMinWidth(Region.USE_PREF_SIZE);
    ComboBox<String> tag = new ComboBox<>(viewModel.tagChoices());
    tag.setId("annotation-tag-filter");
    tag.valueProperty().bindBidirectional(viewModel.tagFilterProperty());
    ComboBox<String> author = new ComboBox<>(viewModel.authorChoices());
    author.setId("annotation-author-filter");
    author.valueProperty().bindBidirectional(viewModel.authorFilterProperty());
    TextField text = new TextField();
    text.setId("annotation-text-filter");
    text.setPromptText("Filter by words in quote, note, tags");
    text.textProperty().bindBidirectional(viewModel.textFilterProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox bar = new HBox(8, heading, new Label("Tag"), tag, new Label("Author"), author, text);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));

    table.setId("annotations-table");
    table.setItems(viewModel.rows());
    table.setPlaceholder(
        new Label("No annotations yet: select words in a report and press Ctrl+Shift+A."));
    table.getColumns().add(column("Quote", 320, AnnotationsPanelViewModel.Row::quote));
    table.getColumns().add(column("Tags", 170, AnnotationsPanelViewModel.Row::tags));
    table.getColumns().add(column("Note", 240, AnnotationsPanelViewModel.Row::note));
    table.getColumns().add(column("Article", 150, AnnotationsPanelViewModel.Row::article));
    table.getColumns().add(column("Author", 90, AnnotationsPanelViewModel.Row::author));
    table.getColumns().add(column("Time", 120, AnnotationsPanelViewModel.Row::time));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(
        view -> {
          TableRow<AnnotationsPanelViewModel.Row> row =
              new TableRow<>() {
                @Override
                protected void updateItem(AnnotationsPanelViewModel.Row item, boolean empty) {
                  super.updateItem(item, empty);
                  getStyleClass().remove("annotation-orphan");
                  if (!empty && item != null && item.orphan()) {
                    getStyleClass().add("annotation-orphan");
                  }
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                  jump.accept(row.getItem().annotation());
                }
              });
          MenuItem change = new MenuItem("Edit annotation…");
          change.setOnAction(e -> edit.accept(row.getItem().annotation()));
          MenuItem remove = new MenuItem("Delete annotation…");
          remove.setOnAction(e -> delete.accept(row.getItem().annotation()));
          row.contextMenuProperty()
              .bind(
                  Bindings.when(row.emptyProperty())
                      .then((ContextMenu) null)
                      .otherwise(new ContextMenu(change, remove)));
          return row;
        });
    root.setTop(bar);
    root.setCenter(table);
    root.setId("annotations-panel");
    root.getStyleClass().add("annotations-panel");
  }

  /** Returns the panel's node. */
  Node root() {
    return root;
  }

  /** Returns the table, for tests. */
  TableView<AnnotationsPanelViewModel.Row> table() {
    return table;
  }

  private static TableColumn<AnnotationsPanelViewModel.Row, String> column(
      String name, double width, Function<AnnotationsPanelViewModel.Row, String> value) {
    TableColumn<AnnotationsPanelViewModel.Row, String> column = new TableColumn<>(name);
    column.setPrefWidth(width);
    column.setCellValueFactory(
        cell -> {
          AnnotationsPanelViewModel.Row row = cell.getValue();
          String shown = value.apply(row);
          if (name.equals("Quote") && row.orphan()) {
            shown = "ORPHAN (not found in the current text): " + shown;
          }
          return new ReadOnlyStringWrapper(shown).getReadOnlyProperty();
        });
    return column;
  }
}
