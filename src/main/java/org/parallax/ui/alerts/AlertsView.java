package org.parallax.ui.alerts;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.ArticleId;
import org.parallax.ui.MainWindowViewModel;
import org.parallax.watch.Alert;

/** The Alerts tab: every derivation a watcher found, newest first, each opening its comparison. */
final class AlertsView {

  private final VBox root = new VBox(8);
  private final ListView<Alert> list = new ListView<>();

  AlertsView(AlertsViewModel model, MainWindowViewModel window, ObservableStringValue watching) {
    Label heading = new Label("Alerts: reports found restating another as they arrived");
    heading.getStyleClass().add("details-title");
    Label folders = new Label();
    folders
        .textProperty()
        .bind(Bindings.concat(watching, "  ·  double-click an alert (or Enter) to compare"));
    folders.setId("alerts-watching");
    folders.getStyleClass().add("muted");
    list.setId("alerts-list");
    list.setItems(model.alerts());
    list.setPlaceholder(
        new Label("No alerts yet. File > Watch folder… ingests and checks what lands there."));
    list.setCellFactory(view -> new AlertCell());
    Button compare = new Button("Compare");
    compare.setId("alerts-compare");
    compare.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Runnable open =
        () -> {
          Alert alert = list.getSelectionModel().getSelectedItem();
          if (alert != null) {
            window.compare(new ArticleId(alert.source().id()), new ArticleId(alert.derived().id()));
          }
        };
    compare.setOnAction(e -> open.run());
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            open.run();
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open.run();
          }
        });
    HBox bar = new HBox(10, folders, compare);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(list, Priority.ALWAYS);
    root.getChildren().addAll(heading, bar, list);
    root.setPadding(new Insets(12));
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }

  /** Returns the list, to select an alert in it. */
  ListView<Alert> list() {
    return list;
  }

  /** An alert on two lines: who restates whom, then what and when. */
  private static final class AlertCell extends ListCell<Alert> {
    AlertCell() {
      // As wide as the list, not as the longest headline: long lines end in an ellipsis instead
      // of a horizontal scroll bar.
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Alert alert, boolean empty) {
      super.updateItem(alert, empty);
      if (empty || alert == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label first = new Label(AlertsViewModel.headline(alert));
      first.getStyleClass().add("alert-headline");
      if (Boolean.FALSE.equals(alert.credited())) {
        first.getStyleClass().add("alert-uncredited");
      }
      Label second = new Label(AlertsViewModel.details(alert));
      second.getStyleClass().add("muted");
      setText(null);
      setGraphic(new VBox(2, first, second));
    }
  }
}
