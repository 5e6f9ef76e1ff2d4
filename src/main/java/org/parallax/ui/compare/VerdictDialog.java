package org.parallax.ui.compare;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.model.Verdict;
import org.parallax.ui.WindowDialogs;

/** Asks for the verdict an analyst sets and the reason, which is required. */
final class VerdictDialog {

  /** The verdict chosen and why. */
  record Answer(Verdict verdict, String reason) {}

  private VerdictDialog() {}

  static Optional<Answer> ask(WindowDialogs dialogs) {
    Dialog<Answer> dialog = new Dialog<>();
    dialog.setTitle("Set the verdict");
    dialogs.ownedBy(dialog);
    ChoiceBox<Verdict> verdicts = new ChoiceBox<>();
    verdicts.getItems().setAll(Verdict.values());
    verdicts.setValue(Verdict.INDEPENDENT);
    verdicts.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Verdict verdict) {
            return verdict == null ? "" : verdict.jsonName().replace('-', ' ');
          }

          @Override
          public Verdict fromString(String text) {
            return null;
          }
        });
    TextField reason = new TextField();
    reason.setId("verdict-reason");
    reason.setPromptText("Why, in a few words (required)");
    dialog
        .getDialogPane()
        .setContent(
            new VBox(
                6,
                new Label("Verdict"),
                verdicts,
                new Label("Reason"),
                reason,
                new Label("The engine's verdict stays visible beside yours.")));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(reason.textProperty().isEmpty());
    dialog.setResultConverter(
        button ->
            button == ButtonType.OK ? new Answer(verdicts.getValue(), reason.getText()) : null);
    return dialog.showAndWait();
  }
}
