package org.parallax.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.ui.WindowDialogs;

/**
 * The analyst's corrections in a comparison tab: the sentences picked, Link (Ctrl+L), Unlink
 * (Ctrl+U), the pair's relation, Not a difference on the selected difference, Verdict… with its
 * reason, Undo (Ctrl+Z), and the corrections of this pair of reports, each beside what the engine
 * had said (dimmed).
 */
final class CorrectionBar {

  static final KeyCombination LINK =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination UNLINK =
      new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

  private final ComparisonView view;
  private final ComparisonCorrector corrector;
  private final Label picked = new Label();
  private final Button undo = new Button("Undo");
  private final VBox root;

  CorrectionBar(
      ComparisonView view,
      ComparisonCorrector corrector,
      ListView<DifferenceItem> differences,
      WindowDialogs dialogs) {
    this.view = view;
    this.corrector = corrector;
    picked.setId("correction-picked");
    picked.getStyleClass().add("correction-picked");
    Button link =
        button("Link", "correct-link", "Ctrl+L: the picked sentences state the same claim");
    link.setOnAction(e -> corrector.link());
    Button unlink =
        button("Unlink", "correct-unlink", "Ctrl+U: the picked sentences are different claims");
    unlink.setOnAction(e -> corrector.unlink());
    MenuButton relation = new MenuButton("Relation");
    relation.setId("correct-relation");
    for (String value : new String[] {"same", "changed", "different"}) {
      MenuItem item = new MenuItem(value);
      item.setOnAction(e -> corrector.relation(value));
      relation.getItems().add(item);
    }
    Button dismiss =
        button("Not a difference", "correct-dismiss", "The selected difference is a false alarm");
    dismiss.setOnAction(e -> corrector.dismiss(differences.getSelectionModel().getSelectedItem()));
    dismiss
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> corrector.typeOf(differences.getSelectionModel().getSelectedItem()).isEmpty(),
                differences.getSelectionModel().selectedItemProperty()));
    Button verdict = button("Verdict…", "correct-verdict", "Set the verdict, with a reason");
    verdict.setOnAction(
        e -> VerdictDialog.ask(dialogs).ifPresent(v -> corrector.verdict(v.verdict(), v.reason())));
    undo.setId("correct-undo");
    undo.setTooltip(new Tooltip("Ctrl+Z: undo this tab's last correction"));
    undo.setOnAction(e -> corrector.undo());
    Label title = new Label("Correct");
    title.getStyleClass().add("side-heading");
    HBox tools = new HBox(6, title, picked, link, unlink, relation, dismiss, verdict, undo);
    tools.setAlignment(Pos.CENTER_LEFT);
    FlowPane made = new FlowPane(14, 2);
    made.setId("corrections");
    for (CorrectionMarks.Line line : CorrectionMarks.lines(corrector.shown())) {
      Label analyst = new Label(line.analyst());
      analyst.getStyleClass().add("correction-analyst");
      Label engine = new Label(line.engine());
      engine.getStyleClass().add("correction-engine");
      made.getChildren().add(new HBox(6, analyst, engine));
    }
    root = new VBox(4, tools);
    if (!made.getChildren().isEmpty()) {
      root.getChildren().add(made);
    }
    root.setPadding(new Insets(0, 8, 6, 8));
    root.getStyleClass().add("correction-bar");
    refresh();
    wire();
  }

  Node root() {
    return root;
  }

  private static Button button(String text, String id, String tip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    return button;
  }

  private void refresh() {
    picked.setText("Picked: " + corrector.pickWords());
    undo.setDisable(!corrector.canUndo());
  }

  private void wire() {
    view.viewModel()
        .selectionProperty()
        .addListener(
            (o, was, now) -> {
              corrector.clicked(now.left(), now.right());
              refresh();
            });
    for (Side side : Side.values()) {
      ClaimPane pane = view.pane(side);
      // Ctrl+click adds a sentence to its side's pick (several where a rewrite merged them).
      pane.area()
          .addEventFilter(
              MouseEvent.MOUSE_CLICKED,
              e -> {
                if (e.isShortcutDown()) {
                  corrector.toggle(side, pane.area().getCurrentParagraph());
                  refresh();
                  e.consume();
                }
              });
    }
    view.root()
        .addEventFilter(
            KeyEvent.KEY_PRESSED,
            e -> {
              if (LINK.match(e)) {
                corrector.link();
              } else if (UNLINK.match(e)) {
                corrector.unlink();
              } else if (UNDO.match(e)) {
                corrector.undo();
              } else {
                return;
              }
              e.consume();
            });
  }
}
