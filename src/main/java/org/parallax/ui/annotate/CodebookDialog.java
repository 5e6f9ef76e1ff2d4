package org.parallax.ui.annotate;

import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits the codebook: add a tag, remove the selected one. Each change is saved at once; removing a
 * tag leaves the annotations that carry it untouched.
 */
final class CodebookDialog {

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final AnnotationBoard board;
  private final ListView<String> tags = new ListView<>();
  private final Label problem = new Label();

  CodebookDialog(AnnotationBoard board, Window owner) {
    this.board = board;
    dialog.setTitle("Codebook");
    dialog.setHeaderText("The tags you choose from when you annotate");
    if (owner != null) {
      dialog.initOwner(owner);
    }
    tags.setId("codebook-tags");
    tags.setPrefSize(360, 300);
    tags.getItems().setAll(board.codebook());
    TextField name = new TextField();
    name.setId("codebook-new-tag");
    name.setPromptText("new tag, e.g. missing-context");
    Button add = new Button("Add");
    add.setDefaultButton(true);
    add.disableProperty().bind(name.textProperty().isEmpty());
    add.setOnAction(
        e -> {
          change(() -> board.addTag(name.getText()));
          name.clear();
        });
    Button remove = new Button("Remove selected");
    remove.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(
        e -> change(() -> board.removeTag(tags.getSelectionModel().getSelectedItem())));
    HBox.setHgrow(name, Priority.ALWAYS);
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    Label note = new Label("Removing a tag keeps it on the annotations that carry it.");
    note.getStyleClass().add("muted");
    VBox content = new VBox(8, tags, new HBox(6, name, add), remove, note, problem);
    content.setPadding(new Insets(4));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
  }

  /** Shows the dialog until the user closes it. */
  void show() {
    dialog.showAndWait();
  }

  private void change(Change change) {
    try {
      change.run();
      problem.setText("");
    } catch (IOException | IllegalArgumentException e) {
      problem.setText("Could not change the codebook: " + e.getMessage());
    }
    tags.getItems().setAll(board.codebook());
  }

  @FunctionalInterface
  private interface Change {
    void run() throws IOException;
  }
}
