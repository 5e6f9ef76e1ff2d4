package org.parallax.ui.compare;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.ui.WindowDialogs;
import org.parallax.ui.annotate.AnnotationBoard;
import org.parallax.ui.annotate.AnnotationHost;

/**
 * The comparison tab: verdict banner, legend, two claim panes joined by the connector gutter, and
 * on the right the list of differences above the details of the selected claim.
 */
public final class ComparisonView implements AnnotationHost {

  private final ComparisonViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final ClaimPane left;
  private final ClaimPane right;
  private final ConnectorGutter gutter;
  private final ListView<DifferenceItem> differences = new ListView<>();
  private final ClaimDetails details;
  private final ComparisonHeader header;
  private ComparisonAnnotator annotator;
  private ClaimPane driver;
  private boolean syncing;

  ComparisonView(ComparisonViewModel viewModel) {
    this.viewModel = viewModel;
    left =
        new ClaimPane(
            "left-pane",
            viewModel.outlet(Side.LEFT),
            viewModel.metadata(Side.LEFT),
            viewModel.document(Side.LEFT));
    right =
        new ClaimPane(
            "right-pane",
            viewModel.outlet(Side.RIGHT),
            viewModel.metadata(Side.RIGHT),
            viewModel.document(Side.RIGHT));
    gutter = new ConnectorGutter(left, right, viewModel.connectors());
    header = new ComparisonHeader(viewModel);
    details = new ClaimDetails(viewModel);

    HBox panes = new HBox(left.root(), gutter.root(), right.root());
    panes.getStyleClass().add("panes");
    HBox.setHgrow(left.root(), Priority.ALWAYS);
    HBox.setHgrow(right.root(), Priority.ALWAYS);
    left.root().setPrefWidth(100);
    right.root().setPrefWidth(100);

    SplitPane body = new SplitPane(panes, sidePanel());
    body.setDividerPositions(0.72);
    SplitPane.setResizableWithParent(body.getItems().get(1), false);
    root.setTop(header.root());
    root.setCenter(body);
    root.getStyleClass().add("comparison-view");
    root.setId("comparison-view");

    wireSelection();
    wireScrolling();
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }

  /** Returns the state shown. */
  public ComparisonViewModel viewModel() {
    return viewModel;
  }

  /** Returns the pane of one side. */
  ClaimPane pane(Side side) {
    return side == Side.LEFT ? left : right;
  }

  /**
   * Lets the user annotate in this comparison and shows the annotations of both reports; those on a
   * claim also show on its aligned claim in the other pane.
   */
  @Override
  public void enableAnnotations(AnnotationBoard board) {
    if (annotator != null) {
      return;
    }
    annotator = new ComparisonAnnotator(this, board);
    header.addAnnotationSwatches();
    details.showAnnotationsOf(annotator);
    board.revisionProperty().addListener((o, was, now) -> details.show());
  }

  /**
   * Lets the analyst correct this comparison (link, unlink, relation, not a difference, verdict,
   * undo) and lists the corrections made, each beside the engine's suggestion.
   */
  void enableCorrections(ComparisonCorrector corrector, WindowDialogs dialogs) {
    header.addCorrectionSwatch();
    root.setTop(
        new VBox(header.root(), new CorrectionBar(this, corrector, differences, dialogs).root()));
  }

  /** Returns the annotating part, when annotations are enabled. */
  @Override
  public Optional<ComparisonAnnotator> annotator() {
    return Optional.ofNullable(annotator);
  }

  /** Selects the next difference (F7). */
  public void next() {
    viewModel.nextDifference();
  }

  /** Selects the previous difference (Shift+F7). */
  public void previous() {
    viewModel.previousDifference();
  }

  private Node sidePanel() {
    Label heading = new Label("Differences");
    heading.getStyleClass().add("side-heading");
    Label keys = new Label("F7 next · Shift+F7 previous");
    keys.getStyleClass().add("side-keys");
    HBox head = new HBox(8, heading, keys);
    head.setAlignment(Pos.BASELINE_LEFT);
    differences.setId("differences");
    differences.getItems().setAll(viewModel.differences());
    differences.setCellFactory(list -> new DifferenceCell(list));
    differences.setPlaceholder(new Label("No differences: the two reports agree."));
    VBox.setVgrow(differences, Priority.ALWAYS);
    ScrollPane detailsScroll = new ScrollPane(details.root());
    detailsScroll.setFitToWidth(true);
    detailsScroll.setPrefHeight(260);
    detailsScroll.setMinHeight(120);
    Label selected = new Label("Selected claim");
    selected.getStyleClass().add("side-heading");
    VBox side = new VBox(6, head, differences, selected, detailsScroll);
    side.setPadding(new Insets(8));
    side.setMinWidth(260);
    side.setPrefWidth(300);
    side.getStyleClass().add("side-panel");
    return side;
  }

  private void wireSelection() {
    differences
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, was, now) -> {
              if (now.intValue() >= 0 && now.intValue() != viewModel.getSelectedDifference()) {
                viewModel.selectDifference(now.intValue());
              }
            });
    viewModel
        .selectedDifferenceProperty()
        .addListener(
            (o, was, now) -> {
              int index = now.intValue();
              if (index < 0) {
                differences.getSelectionModel().clearSelection();
              } else if (differences.getSelectionModel().getSelectedIndex() != index) {
                differences.getSelectionModel().select(index);
                differences.scrollTo(Math.max(0, index - 2));
              }
            });
    viewModel
        .selectionProperty()
        .addListener(
            (o, was, now) -> {
              left.select(now.left());
              right.select(now.right());
              gutter.select(now.pairIndex());
              details.show();
              if (!now.left().isEmpty() || !now.right().isEmpty()) {
                reveal(now);
              }
            });
    left.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicked(left, Side.LEFT));
    right.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicked(right, Side.RIGHT));
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.F7) {
            if (e.isShiftDown()) {
              previous();
            } else {
              next();
            }
            e.consume();
          }
        });
  }

  private void clicked(ClaimPane pane, Side side) {
    if (pane.area().getSelectedText().isEmpty()) {
      viewModel.selectSentence(side, pane.area().getCurrentParagraph());
    }
  }

  /** Scrolls both panes so the selected sentences are level, a little below the top. */
  private void reveal(ComparisonViewModel.Selection selection) {
    driver = null;
    syncing = true;
    double offset = 60;
    int leftSentence =
        selection.left().isEmpty()
            ? viewModel.partnerOf(Side.RIGHT, selection.right().get(0))
            : selection.left().get(0);
    int rightSentence =
        selection.right().isEmpty()
            ? viewModel.partnerOf(Side.LEFT, selection.left().get(0))
            : selection.right().get(0);
    left.showAt(leftSentence, offset);
    right.showAt(rightSentence, offset);
    // Near the end of a short report one pane cannot scroll that far: level the other with it.
    double leftAt = left.offsetFromTop(leftSentence).orElse(offset);
    double rightAt = right.offsetFromTop(rightSentence).orElse(offset);
    if (leftAt < rightAt - 4) {
      left.showAt(leftSentence, rightAt);
    } else if (rightAt < leftAt - 4) {
      right.showAt(rightSentence, leftAt);
    }
    Platform.runLater(
        () -> {
          syncing = false;
          gutter.redraw();
        });
  }

  private void wireScrolling() {
    for (ClaimPane pane : new ClaimPane[] {left, right}) {
      pane.area().addEventFilter(ScrollEvent.ANY, e -> driver = pane);
      pane.root().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> driver = pane);
      pane.area().estimatedScrollYProperty().addListener((o, was, now) -> scrolled(pane));
      pane.area().heightProperty().addListener((o, was, now) -> Platform.runLater(gutter::redraw));
      pane.area().widthProperty().addListener((o, was, now) -> Platform.runLater(gutter::redraw));
      pane.area()
          .totalHeightEstimateProperty()
          .addListener((o, was, now) -> Platform.runLater(gutter::redraw));
    }
    gutter.root().heightProperty().addListener((o, was, now) -> Platform.runLater(gutter::redraw));
  }

  /** Keeps the partner of the driving pane's topmost claim level with it. */
  private void scrolled(ClaimPane pane) {
    if (!syncing && pane == driver) {
      ClaimPane other = pane == left ? right : left;
      Side side = pane == left ? Side.LEFT : Side.RIGHT;
      int top = pane.topSentence();
      if (top >= 0) {
        // The topmost claim may be mostly scrolled away; follow the first one starting in view.
        double offset = pane.offsetFromTop(top).orElse(0.0);
        if (offset < -20 && top + 1 <= pane.bottomSentence()) {
          top++;
          offset = pane.offsetFromTop(top).orElse(0.0);
        }
        syncing = true;
        other.showAt(viewModel.partnerOf(side, top), offset);
        syncing = false;
      }
    }
    gutter.redraw();
  }

  /** A difference as a small card: its kind, the two sides and the explanation. */
  private static final class DifferenceCell extends ListCell<DifferenceItem> {
    private final ListView<DifferenceItem> list;

    DifferenceCell(ListView<DifferenceItem> list) {
      this.list = list;
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(DifferenceItem item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label kind = new Label(item.label().toUpperCase(Locale.ROOT));
      kind.getStyleClass().add(item.pairIndex() < 0 ? "difference-kind-only" : "difference-kind");
      VBox card = new VBox(2, kind);
      if (!item.left().isEmpty() && !item.right().isEmpty()) {
        card.getChildren()
            .add(
                ClaimDetails.wrapped(
                    shorten(item.left()) + "  →  " + shorten(item.right()), "difference-sides"));
      } else {
        card.getChildren()
            .add(ClaimDetails.wrapped(shorten(item.left() + item.right()), "difference-sides"));
      }
      if (item.explanation() != null && !item.explanation().isBlank()) {
        card.getChildren().add(ClaimDetails.wrapped(item.explanation(), "difference-explanation"));
      }
      card.maxWidthProperty().bind(list.widthProperty().subtract(30));
      card.prefWidthProperty().bind(list.widthProperty().subtract(30));
      setGraphic(card);
      setText(null);
    }

    private static String shorten(String text) {
      String flat = text.strip().replaceAll("\\s+", " ");
      return flat.length() <= 140 ? flat : flat.substring(0, 137) + "…";
    }
  }
}
