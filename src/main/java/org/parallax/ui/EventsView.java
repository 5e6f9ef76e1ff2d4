package org.parallax.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.ArticleId;
import org.parallax.workspace.EventGrouping;
import org.parallax.workspace.EventMatrix;
import org.parallax.workspace.ReportRef;

/**
 * The Events tab: the workspace's events on the left; on the right the selected event's reports by
 * outlet and time and its claims x reports matrix, where a report's first mark and the claims only
 * one report carries stand out.
 */
final class EventsView {

  /** Style of a matrix row whose claim a single report carries. */
  static final String ONCE_ROW = "matrix-once";

  /** Style of a cell whose report carries the claim. */
  static final String HAS_MARK = "matrix-has";

  /** Style of the cell of the earliest report carrying the claim. */
  static final String FIRST_MARK = "matrix-first";

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

  /** Two lines of a list headline. */
  private static final double HEADLINE_HEIGHT = 38;

  /** Two lines of claim text per matrix row. */
  private static final double MATRIX_ROW_HEIGHT = 44;

  private final EventsViewModel model;
  private final MainWindowViewModel window;
  private final VBox root = new VBox(8);
  private final ListView<EventGrouping.Event> list = new ListView<>();
  private final ListView<ReportRef> reports = new ListView<>();
  private final TableView<EventMatrix.ClaimRow> matrix = new TableView<>();
  private final Label eventTitle = new Label();
  private final CheckBox onlyOnce = new CheckBox("Only once");

  EventsView(EventsViewModel model, MainWindowViewModel window) {
    this.model = model;
    this.window = window;
    SplitPane lists = new SplitPane(eventList(), reportList());
    lists.setOrientation(Orientation.VERTICAL);
    lists.setDividerPositions(0.55);
    SplitPane split = new SplitPane(lists, matrixPane());
    split.setDividerPositions(0.3);
    VBox.setVgrow(split, Priority.ALWAYS);
    root.getChildren().addAll(header(), split);
    root.setPadding(new Insets(10, 12, 10, 12));
    root.getStyleClass().add("events");

    model.selectedProperty().addListener((o, was, now) -> showEvent(now));
    model.detailProperty().addListener((o, was, now) -> showDetail(now));
    showEvent(model.selectedProperty().get());
    showDetail(model.detailProperty().get());
  }

  private Node header() {
    Label summary = new Label();
    summary.setId("events-summary");
    summary.getStyleClass().add("details-title");
    summary.textProperty().bind(model.summaryProperty());
    summary.setWrapText(true);
    ProgressBar progress = new ProgressBar();
    progress.setId("events-progress");
    progress.setPrefWidth(180);
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.busyProperty());
    progress.managedProperty().bind(model.busyProperty());
    Button regroup = new Button("Regroup");
    regroup.setId("events-regroup");
    regroup.setTooltip(
        new Tooltip(
            "Group the workspace's reports into events again (the saved events are kept"
                + " until it finishes)"));
    regroup.disableProperty().bind(model.busyProperty());
    regroup.setOnAction(e -> model.regroup());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(10, summary, gap, progress, regroup);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private Node eventList() {
    list.setId("events-list");
    list.setItems(model.events());
    list.setPlaceholder(new Label("No event has two or more reports yet."));
    list.setCellFactory(view -> new EventCell(view));
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
    list.setMinWidth(220);
    return list;
  }

  private Node reportList() {
    Label title = new Label("Reports, earliest first");
    title.getStyleClass().add("details-title");
    reports.setId("event-reports");
    reports.setPlaceholder(new Label("Select an event."));
    reports.setCellFactory(view -> new ReportCell(view));
    reports.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            compareSelectedReport();
          }
        });
    reports.setTooltip(
        new Tooltip("Double-click a report to compare it with the event's earliest report"));
    Button compare = new Button("Compare with earliest");
    compare.setId("events-compare");
    compare.disableProperty().bind(reports.getSelectionModel().selectedItemProperty().isNull());
    compare.setOnAction(e -> compareSelectedReport());
    VBox box = new VBox(6, title, reports, compare);
    VBox.setVgrow(reports, Priority.ALWAYS);
    box.setPadding(new Insets(6, 0, 0, 0));
    return box;
  }

  private Node matrixPane() {
    eventTitle.getStyleClass().add("event-title");
    eventTitle.setId("event-title");

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
    Label claimInfo = new Label(NO_CLAIM);
    claimInfo.setId("event-claim");
    claimInfo.getStyleClass().add("details-line");
    claimInfo.setWrapText(true);
    claimInfo.setMinHeight(CLAIM_INFO_HEIGHT);
    claimInfo.setPrefHeight(CLAIM_INFO_HEIGHT);
    claimInfo.setMaxHeight(CLAIM_INFO_HEIGHT);
    claimInfo.setAlignment(Pos.TOP_LEFT);
    // The claim column scrolls away in a wide matrix; the line under it keeps the claim in view.
    matrix
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, claim) -> {
              EventDetail detail = model.detailProperty().get();
              claimInfo.setText(
                  claim == null || detail == null
                      ? NO_CLAIM
                      : EventsViewModel.carriers(claim, detail.matrix().reports())
                          + ": "
                          + claim.text().replaceAll("\\s+", " ").strip());
            });
    VBox box = new VBox(8, eventTitle, bar, matrix, claimInfo);
    VBox.setVgrow(matrix, Priority.ALWAYS);
    box.setPadding(new Insets(0, 0, 0, 8));
    return box;
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

  private void showEvent(EventGrouping.Event event) {
    if (event == null) {
      eventTitle.setText("");
      reports.getItems().clear();
      return;
    }
    if (list.getSelectionModel().getSelectedItem() != event) {
      list.getSelectionModel().select(event);
      list.scrollTo(event);
    }
    eventTitle.setText(EventsViewModel.headline(event));
    eventTitle.setTooltip(new Tooltip(EventsViewModel.headline(event)));
    reports.getItems().setAll(event.reports());
  }

  private void showDetail(EventDetail detail) {
    onlyOnce.setText("Only once (" + model.onlyOnceCount() + ")");
    reports.refresh();
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

  private TableColumn<EventMatrix.ClaimRow, EventsViewModel.Mark> markColumn(
      int index, ReportRef report, EventDetail detail) {
    TableColumn<EventMatrix.ClaimRow, EventsViewModel.Mark> column = new TableColumn<>();
    Label name = new Label(ScanViewModel.outletOf(report.outlet()));
    name.getStyleClass().add("matrix-header");
    Label date = new Label("R" + (index + 1) + " · " + EventsViewModel.dayOf(report.published()));
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
                + ScanViewModel.outletOf(report.outlet())
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

  private void compareSelectedReport() {
    ReportRef report = reports.getSelectionModel().getSelectedItem();
    ReportRef earliest = model.earliest().orElse(null);
    if (report == null || earliest == null) {
      return;
    }
    if (report.id().equals(earliest.id())) {
      window.openArticle(new ArticleId(report.id()));
    } else {
      window.compare(new ArticleId(earliest.id()), new ArticleId(report.id()));
    }
  }

  private String reportHeadline(ReportRef report) {
    EventDetail detail = model.detailProperty().get();
    if (detail != null && detail.headlines().containsKey(report.id())) {
      return detail.headlines().get(report.id());
    }
    return report.title() != null ? report.title() : report.id();
  }

  /**
   * Gives a label two lines of height whatever its text, so list cells need not measure wrapped
   * text (they size a graphic by its one-line width) and long headlines end in an ellipsis.
   */
  private static void twoLines(Label label) {
    label.setWrapText(true);
    label.setMinHeight(HEADLINE_HEIGHT);
    label.setPrefHeight(HEADLINE_HEIGHT);
    label.setMaxHeight(HEADLINE_HEIGHT);
    label.setAlignment(Pos.TOP_LEFT);
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }

  /** Returns the tab's state. */
  EventsViewModel viewModel() {
    return model;
  }

  /** One event in the list: its reports, outlets and dates, then its earliest report's headline. */
  private static final class EventCell extends ListCell<EventGrouping.Event> {
    private final Label headline = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, meta, headline);

    EventCell(ListView<EventGrouping.Event> list) {
      setPrefWidth(0);
      headline.getStyleClass().add("hit-title");
      twoLines(headline);
      meta.getStyleClass().add("hit-meta");
      meta.setWrapText(true);
      box.prefWidthProperty().bind(list.widthProperty().subtract(30));
      box.setMaxWidth(Region.USE_PREF_SIZE);
      headline.maxWidthProperty().bind(box.prefWidthProperty());
      meta.maxWidthProperty().bind(box.prefWidthProperty());
    }

    @Override
    protected void updateItem(EventGrouping.Event event, boolean empty) {
      super.updateItem(event, empty);
      setText(null);
      if (empty || event == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      headline.setText(EventsViewModel.headline(event));
      meta.setText(
          event.reports().size()
              + " reports · "
              + EventsViewModel.outlets(event)
              + " · "
              + EventsViewModel.span(event));
      setTooltip(new Tooltip(EventsViewModel.headline(event) + "\n" + meta.getText()));
      setGraphic(box);
    }
  }

  /** One report of the event: its column name, outlet and time, then its headline. */
  private final class ReportCell extends ListCell<ReportRef> {
    private final Label meta = new Label();
    private final Label headline = new Label();
    private final VBox box = new VBox(2, meta, headline);

    ReportCell(ListView<ReportRef> list) {
      setPrefWidth(0);
      meta.getStyleClass().add("hit-meta");
      twoLines(headline);
      box.prefWidthProperty().bind(list.widthProperty().subtract(30));
      headline.maxWidthProperty().bind(box.prefWidthProperty());
    }

    @Override
    protected void updateItem(ReportRef report, boolean empty) {
      super.updateItem(report, empty);
      setText(null);
      if (empty || report == null) {
        setGraphic(null);
        return;
      }
      meta.setText(
          "R"
              + (getIndex() + 1)
              + " · "
              + ScanViewModel.outletOf(report.outlet())
              + " · "
              + (report.published() == null ? "undated" : report.published().replace('T', ' ')));
      headline.setText(reportHeadline(report));
      setGraphic(box);
    }
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
