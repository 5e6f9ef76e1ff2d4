package org.parallax.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.parallax.index.ArchiveCredentials;
import org.parallax.workspace.IndexChoice;

/**
 * File &gt; Open archive…'s question: the workspace's own embedded index, or a shared archive on
 * SolrCloud named as {@code --index} names it. The address is checked as it is typed; credentials
 * are never asked for here (they come from the environment or the settings file, as for every
 * command).
 */
final class OpenArchiveDialog {

  private OpenArchiveDialog() {}

  /**
   * Asks where the workspace's articles should live; empty when the user cancels.
   *
   * @param dialogs the window's dialogs
   * @param current the library the workspace uses now, as {@code --index} takes it (blank for the
   *     embedded index)
   */
  static Optional<IndexChoice> ask(WindowDialogs dialogs, String current) {
    Dialog<IndexChoice> dialog = new Dialog<>();
    dialog.setTitle("Open archive");
    dialog.setHeaderText(
        "Where this workspace's articles live. Originals, annotations and scan results stay in"
            + " the workspace folder either way.");
    ToggleGroup where = new ToggleGroup();
    RadioButton embedded = new RadioButton("This workspace's own index (embedded, the default)");
    embedded.setId("archive-embedded");
    embedded.setToggleGroup(where);
    RadioButton shared = new RadioButton("A shared archive on SolrCloud:");
    shared.setId("archive-shared");
    shared.setToggleGroup(where);
    TextField address = new TextField();
    address.setId("archive-address");
    address.setPromptText("solr:http://host:8983/solr[,http://host2:8983/solr]/COLLECTION");
    address.setPrefColumnCount(36);
    address.disableProperty().bind(shared.selectedProperty().not());
    boolean onShared = current != null && !current.isBlank() && !current.equals("embedded");
    address.setText(onShared ? current : "");
    (onShared ? shared : embedded).setSelected(true);

    Label problem = new Label();
    problem.setId("archive-problem");
    problem.getStyleClass().add("search-error");
    problem.setWrapText(true);
    problem
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> shared.isSelected() ? problemWith(address.getText()) : "",
                shared.selectedProperty(),
                address.textProperty()));
    Label credentials =
        new Label(
            "A cluster with basic authentication: set "
                + ArchiveCredentials.USER_VARIABLE
                + " and "
                + ArchiveCredentials.PASSWORD_VARIABLE
                + ", or archiveUser and archivePassword in the workspace's settings.json.");
    credentials.setWrapText(true);

    VBox content = new VBox(8, embedded, shared, indented(address), problem, credentials);
    content.setPadding(new Insets(8, 12, 0, 0));
    content.setPrefWidth(560);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getStylesheets().add(WorkbenchApp.stylesheet());
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    BooleanBinding unreadable = Bindings.isNotEmpty(problem.textProperty());
    dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(unreadable);
    dialog.setResultConverter(
        button ->
            button == ButtonType.OK
                ? (shared.isSelected()
                    ? IndexChoice.parse(address.getText().strip())
                    : IndexChoice.EMBEDDED)
                : null);
    dialogs.ownedBy(dialog);
    return dialog.showAndWait();
  }

  /** Returns what is wrong with an archive's address, empty when it can be read. */
  static String problemWith(String address) {
    if (address == null || address.isBlank()) {
      return "Give the archive's address, as solr:http://host:8983/solr/COLLECTION.";
    }
    try {
      return IndexChoice.parse(address.strip()).isEmbedded()
          ? "That is the embedded index: choose it above."
          : "";
    } catch (IllegalArgumentException e) {
      return "Cannot read this address: " + e.getMessage() + ".";
    }
  }

  private static Node indented(Node node) {
    VBox box = new VBox(node);
    box.setPadding(new Insets(0, 0, 0, 24));
    return box;
  }
}
