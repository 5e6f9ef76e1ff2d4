package org.parallax.ui.annotate;

import java.io.IOException;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parallax.model.Annotation;

/** The Annotate… dialog: the quote, the codebook as check boxes, a note; Save stores at once. */
public final class AnnotationDialog {

  /** The Save button's type, for lookups in tests. */
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final AnnotationDialogViewModel viewModel;

  public AnnotationDialog(AnnotationDialogViewModel viewModel, Window owner) {
    this.viewModel = viewModel;
    dialog.setTitle(viewModel.editing() ? "Edit annotation" : "Annotate");
    dialog.setHeaderText(
        viewModel.editing() ? "Edit the tags and note" : "Annotate the selected words");
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
    dialog.getDialogPane().setId("annotation-dialog");
    Node save = dialog.getDialogPane().lookupButton(SAVE);
    save.setId("annotation-save");
    save.disableProperty().bind(viewModel.canSaveProperty().not());
  }

  private Node content() {
    Label quote = new Label("“" + shorten(viewModel.quote()) + "”");
    quote.setWrapText(true);
    quote.setMaxWidth(560);
    quote.getStyleClass().add("annotation-quote");
    FlowPane tags = new FlowPane(10, 6);
    tags.setPrefWrapLength(560);
    tags.setId("annotation-tags");
    for (String tag : viewModel.tagNames()) {
      CheckBox box = new CheckBox(tag);
      box.setId("tag-" + tag);
      box.selectedProperty().bindBidirectional(viewModel.tagProperty(tag));
      tags.getChildren().add(box);
    }
    TextArea note = new TextArea();
    note.setId("annotation-note");
    note.setPromptText("Why? What did you check? (optional when a tag is chosen)");
    note.setWrapText(true);
    note.setPrefRowCount(4);
    note.textProperty().bindBidirectional(viewModel.noteProperty());
    Label author = new Label("Signed " + viewModel.author() + " · saved at once");
    author.getStyleClass().add("muted");
    VBox box = new VBox(8, quote, new Label("Tags"), tags, new Label("Note"), note, author);
    box.setPadding(new Insets(4));
    box.setPrefWidth(600);
    return box;
  }

  /**
   * Shows the dialog and saves when the user presses Save.
   *
   * @return the saved annotation, or empty when cancelled
   * @throws IOException when it cannot be saved
   */
  public Optional<Annotation> showAndSave() throws IOException {
    Optional<ButtonType> pressed = dialog.showAndWait();
    if (pressed.isPresent() && pressed.get() == SAVE) {
      return Optional.of(viewModel.save());
    }
    return Optional.empty();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 300 ? flat : flat.substring(0, 299) + "…";
  }
}
