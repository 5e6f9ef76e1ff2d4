package org.parallax.ui.library;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.IngestFailure;

/**
 * The strip above the status line during and after an import: progress with Cancel, then the files
 * that failed with their reasons until dismissed.
 */
public final class ImportPanel {

  private final VBox root = new VBox(4);

  public ImportPanel(ImportViewModel viewModel) {
    ProgressBar bar = new ProgressBar();
    bar.setId("import-progress");
    bar.progressProperty().bind(viewModel.progressProperty());
    bar.setPrefWidth(260);
    bar.visibleProperty().bind(viewModel.runningProperty());
    bar.managedProperty().bind(bar.visibleProperty());
    Label message = new Label();
    message.setId("import-message");
    message.textProperty().bind(viewModel.messageProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("import-cancel");
    cancel.setOnAction(e -> viewModel.cancel());
    cancel.visibleProperty().bind(viewModel.runningProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    Button dismiss = new Button("Dismiss");
    dismiss.visibleProperty().bind(viewModel.runningProperty().not());
    dismiss.managedProperty().bind(dismiss.visibleProperty());
    dismiss.setOnAction(e -> root.setVisible(false));
    HBox line = new HBox(8, bar, message, cancel, dismiss);
    line.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(message, Priority.ALWAYS);

    Label failedHeading = new Label("Files that could not be imported");
    failedHeading.getStyleClass().add("details-section");
    ListView<IngestFailure> failed = new ListView<>(viewModel.failures());
    failed.setId("import-failures");
    failed.setPrefHeight(110);
    failed.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(IngestFailure failure, boolean empty) {
                super.updateItem(failure, empty);
                setText(
                    empty || failure == null ? null : failure.path() + " — " + failure.reason());
              }
            });
    VBox failures = new VBox(4, failedHeading, failed);
    failures.visibleProperty().bind(Bindings.isNotEmpty(viewModel.failures()));
    failures.managedProperty().bind(failures.visibleProperty());

    root.getChildren().addAll(line, failures);
    root.setId("import-panel");
    root.getStyleClass().add("import-panel");
    root.setPadding(new Insets(6, 8, 6, 8));
    root.setVisible(false);
    root.managedProperty().bind(root.visibleProperty());
    viewModel.runningProperty().addListener((o, was, now) -> root.setVisible(true));
    viewModel
        .failures()
        .addListener((ListChangeListener<IngestFailure>) c -> root.setVisible(true));
  }

  /** Returns the panel's node. */
  public Node root() {
    return root;
  }
}
