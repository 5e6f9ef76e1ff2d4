package org.parallax.ui.events;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.ReportRef;
import org.parallax.ui.ReportLabels;

/**
 * The claims x reports matrix of the selected event: one row per claim, one column per report
 * (earliest first), a tick where a report carries the claim and a solid "first" mark on the
 * earliest that does; rows one report alone carries are tinted and can be shown alone. The line
 * under it holds the selected claim whole, with who had it first and who else carries it.
 */
public final class ClaimMatrixView {

  /** Style of a matrix row whose claim a single report carries. */
  public static final String ONCE_ROW = "matrix-once";

  /** Style of a cell whose report carries the claim. */
  public static final String HAS_MARK = "matrix-has";

  /** Style of the cell of the earliest report carrying the claim. */
  public static final String FIRST_MARK = "matrix-first";

  /** Width of one report's column of the matrix: an outlet name and a date. */
  private static final double REPORT_WIDTH = 96;

  /** Narrowest the claim column gets before the matrix scrolls sideways. */
  private static final double CLAIM_MIN_WIDTH = 340;

  /** What the line under the matrix says until a claim is selected. */
  private static final String NO_CLAIM =
      "Select a claim to read it whole and see which reports carry it; double-click a report on"
          + " the left to compare it with the earliest.";

  /** Three lines of text under the matrix. */
  private static final double CLAIM_INFO_HEIGHT = 52;

  /** Two lines of claim text per matrix row. */
  private static final double MATRIX_ROW_HEIGHT = 44;

  private final EventsViewModel model;
  private final TableView<EventMatrix.ClaimRow> matrix = new TableView<>();
  private final CheckBox onlyOnce = new CheckBox("Only once");
  private final VBox root;

  ClaimMatrixView(EventsViewModel model) {
    this.model = model;
    Label title = new Label("Claims × reports");
    title.getStyleClass().add("details-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    onlyOnce.setId("events-only-once");
    onlyOnce.setMinWidth(Region.USE_PREF_SIZE);
    onlyOnce.selectedProperty().bindBidirectional(model.onlyOnceProperty());
    onlyOnce.setTooltip(new Tooltip("Show only the claims a single report carries"));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar =
        new HBox(
            14,
            title,
            onlyOnce,
            gap,
            legend("✓", HAS_MARK, "has the claim"),
            legend("first", FIRST_MARK, "had it first"),
            legend("", "legend-once", "one report only"));
    bar.setAlignment(Pos.CENTER_LEFT);

    matrix.setId("event-matrix");
    matrix.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    matrix.setFixedCellSize(MATRIX_ROW_HEIGHT);
    matrix.setItems(model.rows());
    matrix.setRowFactory(view -> new ClaimRowView());
    Label status = new Label();
    status.getStyleClass().add("muted");
    status.textProperty().bind(model.detailStatusProperty());
    status.setWrapText(true);
    matrix.setPlaceholder(status);
    root = new VBox(8, bar, matrix, claimLine());
    VBox.setVgrow(matrix, Priority.ALWAYS);
    // The table scrolls sideways and the legend clips: neither may widen the tab past the window.
    root.setMinWidth(0);
    matrix.setMinWidth(0);
    bar.setMinWidth(0);
  }

  /** The line under the matrix: the selected claim whole, and which reports carry it. */
  private Node claimLine() {
    Label line = new Label(NO_CLAIM);
    line.setId("event-claim");
    line.getStyleClass().add("details-line");
    line.setWrapText(true);
    line.setMinHeight(CLAIM_INFO_HEIGHT);
    line.setPrefHeight(CLAIM_INFO_HEIGHT);
    line.setMaxHeight(CLAIM_INFO_HEIGHT);
    line.setAlignment(Pos.TOP_LEFT);
    // The claim column scrolls away in a wide matrix; the line keeps the claim in view.
    matrix
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, claim) -> {
              EventDetail detail = model.detailProperty().get();
              line.setText(
                  claim == null || detail == null
                      ? NO_CLAIM
                      : EventWords.carriers(claim, detail.matrix().reports())
                          + ": "
                          + claim.text().replaceAll("\\s+", " ").strip());
            });
    return line;
  }

  /** Shows an event's matrix, or none while it is aligned. */
  void show(EventDetail detail) {
    onlyOnce.setText("Only once (" + model.onlyOnceCount() + ")");
    matrix.getColumns().clear();
    if (detail == null) {
      return;
    }
    TableColumn<EventMatrix.ClaimRow, String> claim = new TableColumn<>("Claim");
    claim.setSortable(false);
    claim.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text()));
    claim.setCellFactory(column -> new ClaimCell());
    claim.setMinWidth(CLAIM_MIN_WIDTH);
    List<ReportRef> columns = detail.matrix().reports();
    // The claim column takes what the report columns leave; past its minimum the matrix scrolls.
    claim
        .prefWidthProperty()
        .bind(matrix.widthProperty().subtract(columns.size() * REPORT_WIDTH + 20));
    matrix.getColumns().add(claim);
    for (int i = 0; i < columns.size(); i++) {
      matrix.getColumns().add(markColumn(i, columns.get(i), detail));
    }
  }

  /** Returns the matrix with its bar and the line under it. */
  Node root() {
    return root;
  }

  private static Node legend(String text, String style, String meaning) {
    Label swatch = new Label(text);
    swatch.getStyleClass().addAll("matrix-swatch", style);
    swatch.setAlignment(Pos.CENTER);
    Label item = new Label(meaning, swatch);
    item.getStyleClass().add("legend-item");
    item.setMinWidth(Region.USE_PREF_SIZE);
    return item;
  }

  private static TableColumn<EventMatrix.ClaimRow, EventsViewModel.Mark> markColumn(
      int index, ReportRef report, EventDetail detail) {
    TableColumn<EventMatrix.ClaimRow, EventsViewModel.Mark> column = new TableColumn<>();
    Label name = new Label(ReportLabels.outletOf(report.outlet()));
    name.getStyleClass().add("matrix-header");
    Label date = new Label("R" + (index + 1) + " · " + EventWords.dayOf(report.published()));
    date.getStyleClass().add("matrix-header-date");
    VBox header = new VBox(name, date);
    header.setAlignment(Pos.CENTER);
    // The header's label would otherwise squeeze its graphic to less than the column's width.
    header.setMinWidth(REPORT_WIDTH - 10);
    String headline = detail.headlines().getOrDefault(report.id(), report.id());
    Tooltip.install(
        header,
        new Tooltip(
            "R"
                + (index + 1)
                + " · "
                + ReportLabels.outletOf(report.outlet())
                + " · "
                + (report.published() == null ? "undated" : report.published())
                + "\n"
                + headline));
    column.setGraphic(header);
    column.setId("matrix-" + report.id());
    column.setUserData(report.id());
    column.setSortable(false);
    column.setReorderable(false);
    column.setMinWidth(REPORT_WIDTH);
    column.setMaxWidth(REPORT_WIDTH);
    column.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(EventsViewModel.markOf(cell.getValue(), report.id())));
    column.setCellFactory(c -> new MarkCell());
    return column;
  }

  /** A matrix row, tinted when a single report carries its claim. */
  private static final class ClaimRowView extends TableRow<EventMatrix.ClaimRow> {
    @Override
    protected void updateItem(EventMatrix.ClaimRow claim, boolean empty) {
      super.updateItem(claim, empty);
      getStyleClass().remove(ONCE_ROW);
      if (!empty && claim != null && claim.onlyOnce()) {
        getStyleClass().add(ONCE_ROW);
      }
    }
  }

  /** A claim's text on two lines at most, the whole sentence in a tooltip. */
  private static final class ClaimCell extends TableCell<EventMatrix.ClaimRow, String> {
    ClaimCell() {
      setWrapText(true);
      setAlignment(Pos.CENTER_LEFT);
      getStyleClass().add("matrix-claim");
    }

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      if (empty || text == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      String flat = text.replaceAll("\\s+", " ").strip();
      setText(flat);
      Tooltip tip = new Tooltip(flat);
      tip.setWrapText(true);
      tip.setMaxWidth(560);
      setTooltip(tip);
    }
  }

  /** A report's mark for a claim: nothing, a dot, or "first" on the earliest carrier. */
  private static final class MarkCell
      extends TableCell<EventMatrix.ClaimRow, EventsViewModel.Mark> {
    private final Label mark = new Label();

    MarkCell() {
      setAlignment(Pos.CENTER);
      mark.getStyleClass().add("matrix-swatch");
      mark.setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(EventsViewModel.Mark value, boolean empty) {
      super.updateItem(value, empty);
      setText(null);
      mark.getStyleClass().removeAll(HAS_MARK, FIRST_MARK);
      if (empty || value == null || value == EventsViewModel.Mark.NONE) {
        setGraphic(null);
        return;
      }
      mark.setText(value == EventsViewModel.Mark.FIRST ? "first" : "✓");
      mark.getStyleClass().add(value == EventsViewModel.Mark.FIRST ? FIRST_MARK : HAS_MARK);
      setGraphic(mark);
    }
  }
}
