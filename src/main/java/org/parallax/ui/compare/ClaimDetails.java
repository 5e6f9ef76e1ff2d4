package org.parallax.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The details of the selected claim: how well the two sides match and why, what each side credits
 * and quotes, and the annotations on it.
 */
final class ClaimDetails {

  private final ComparisonViewModel viewModel;
  private final VBox root = new VBox(6);
  private ComparisonAnnotator annotator;

  ClaimDetails(ComparisonViewModel viewModel) {
    this.viewModel = viewModel;
    root.setId("details");
    root.getStyleClass().add("details");
    root.setPadding(new Insets(8));
    show();
  }

  /** Returns the details' node. */
  Node root() {
    return root;
  }

  /** Lists the annotations of the selected claim from now on. */
  void showAnnotationsOf(ComparisonAnnotator annotator) {
    this.annotator = annotator;
    show();
  }

  /** Shows the details of the current selection, or a hint when nothing is selected. */
  void show() {
    root.getChildren().clear();
    viewModel
        .details()
        .ifPresentOrElse(
            this::fill,
            () ->
                root.getChildren()
                    .add(
                        muted("Click a sentence or a difference to see how the two sides match.")));
  }

  private void fill(PairDetails shown) {
    Label title = new Label(shown.title());
    title.getStyleClass().add("details-title");
    title.setWrapText(true);
    root.getChildren().add(title);
    if (shown.similarity() >= 0) {
      root.getChildren().add(bar("similarity", shown.similarity(), true));
      GridPane signals = new GridPane();
      signals.setHgap(6);
      signals.setVgap(2);
      int row = 0;
      for (Map.Entry<String, Double> signal : shown.signals().entrySet()) {
        ProgressBar value = new ProgressBar(signal.getValue());
        value.setPrefWidth(90);
        value.getStyleClass().add("signal-bar");
        signals.addRow(
            row++,
            muted(signal.getKey()),
            value,
            muted(String.format(Locale.ROOT, "%.2f", signal.getValue())));
      }
      root.getChildren().add(signals);
    }
    for (String difference : shown.differences()) {
      root.getChildren().add(wrapped(difference, "details-difference"));
    }
    boolean pair = shown.similarity() >= 0;
    boolean leftShown = pair || !viewModel.getSelection().left().isEmpty();
    boolean rightShown = pair || !viewModel.getSelection().right().isEmpty();
    if (!pair) {
      Side other = leftShown ? Side.RIGHT : Side.LEFT;
      root.getChildren().add(muted(viewModel.outlet(other) + " has no sentence stating this."));
    }
    if (leftShown) {
      section(viewModel.outlet(Side.LEFT) + " credits", shown.leftSources());
    }
    if (rightShown) {
      section(viewModel.outlet(Side.RIGHT) + " credits", shown.rightSources());
    }
    if (!shown.leftQuotes().isEmpty()) {
      section(viewModel.outlet(Side.LEFT) + " quotes", shown.leftQuotes());
    }
    if (!shown.rightQuotes().isEmpty()) {
      section(viewModel.outlet(Side.RIGHT) + " quotes", shown.rightQuotes());
    }
    if (annotator != null) {
      List<String> notes = annotator.linesFor(viewModel.getSelection());
      if (!notes.isEmpty()) {
        section("Annotations", notes);
      }
    }
  }

  private void section(String heading, List<String> lines) {
    Label head = new Label(heading);
    head.getStyleClass().add("details-section");
    root.getChildren().add(head);
    if (lines.isEmpty()) {
      root.getChildren().add(muted("no source given"));
    }
    for (String line : lines) {
      root.getChildren().add(wrapped(line, "details-line"));
    }
  }

  private static Node bar(String name, double value, boolean wide) {
    ProgressBar bar = new ProgressBar(value);
    bar.setPrefWidth(wide ? 160 : 90);
    bar.getStyleClass().add("similarity-bar");
    Label label = new Label(String.format(Locale.ROOT, "%s %.2f", name, value));
    label.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, label, bar);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("muted");
    label.setWrapText(true);
    return label;
  }

  /** Returns a wrapping label with the given style class; the difference cards use it too. */
  static Label wrapped(String text, String styleClass) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    return label;
  }
}
