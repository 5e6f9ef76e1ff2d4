package org.parallax.ui;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The window's messages and dialogs, each owned by the window so it opens above it. */
public final class WindowDialogs {

  private final Node root;

  WindowDialogs(Node root) {
    this.root = root;
  }

  /** Shows a message that needs no answer. */
  public void info(String title, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    alert.setTitle(title);
    alert.setHeaderText(title);
    ownedBy(alert);
    alert.show();
  }

  /** Tells the user what went wrong and what to do, without a stack trace. */
  public void error(UserError error) {
    Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
    alert.setTitle("Parallax");
    alert.setHeaderText(error.title());
    Label text = new Label(error.message() + "\n\nWhat to do: " + error.whatToDo());
    text.setWrapText(true);
    text.setMaxWidth(480);
    alert.getDialogPane().setContent(text);
    ownedBy(alert);
    alert.show();
  }

  /** Makes the window own a dialog, once the window is shown. */
  public void ownedBy(Dialog<?> dialog) {
    Window owner = window();
    if (owner != null) {
      dialog.initOwner(owner);
    }
  }

  /** Returns the window, or null before it is shown. */
  public Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  /** Returns a menu item with an optional accelerator such as {@code "Shortcut+O"}. */
  public static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(action);
    return item;
  }
}
