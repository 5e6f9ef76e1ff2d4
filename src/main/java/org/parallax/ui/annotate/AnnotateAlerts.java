package org.parallax.ui.annotate;

import java.io.IOException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The two messages annotating can end in, worded once for the report and the comparison views. */
public final class AnnotateAlerts {

  private AnnotateAlerts() {}

  /** Says there is nothing selected to annotate and what to select. */
  public static void nothingSelected(Window owner, String whatToSelect) {
    show(
        owner,
        Alert.AlertType.INFORMATION,
        "Nothing to annotate yet",
        whatToSelect + ", then press Ctrl+Shift+A.");
  }

  /** Says the annotation could not be saved, why, and that earlier ones are intact. */
  public static void notSaved(Window owner, IOException failure) {
    show(
        owner,
        Alert.AlertType.ERROR,
        "Annotation not saved",
        "The annotation could not be saved: "
            + failure.getMessage()
            + "\n\nWhat to do: check that the workspace folder is writable and has free"
            + " space, then annotate again. Earlier annotations are intact.");
  }

  private static void show(Window owner, Alert.AlertType type, String header, String message) {
    Alert alert = new Alert(type, message, ButtonType.OK);
    alert.setHeaderText(header);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.show();
  }
}
