package org.parallax.ui.events;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.ArticleId;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.ReportRef;
import org.parallax.ui.MainWindowViewModel;
import org.parallax.ui.ReportLabels;

/**
 * The Events tab: the workspace's events and the selected event's reports, earliest first, on the
 * left; its claims x reports matrix ({@link ClaimMatrixView}) on the right.
 */
final class EventsView {

  /** Two lines of a list headline. */
  private static final double HEADLINE_HEIGHT = 38;

  private final EventsViewModel model;
  private final MainWindowViewModel window;
  private final VBox root = new VBox(8);
  private final ListView<EventGrouping.Event> list = new ListView<>();
  private final ListView<ReportRef> reports = new ListView<>();
  private final ClaimMatrixView matrix;
  private final Label eventTitle = new Label();

  EventsView(EventsViewModel model, MainWindowViewModel window) {
    this.model = model;
    this.window = window;
    this.matrix = new ClaimMatrixView(model);
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
    // The button keeps its size and the summary wraps, so Regroup stays in view in a narrow tab.
    regroup.setMinWidth(Region.USE_PREF_SIZE);
    summary.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(10, summary, gap, progress, regroup);
    header.setMinWidth(0);
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
    VBox box = new VBox(8, eventTitle, matrix.root());
    VBox.setVgrow(matrix.root(), Priority.ALWAYS);
    // The matrix scrolls sideways; its columns must not widen the tab past the window.
    box.setMinWidth(0);
    eventTitle.setMinWidth(0);
    box.setPadding(new Insets(0, 0, 0, 8));
    return box;
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
    eventTitle.setText(EventWords.headline(event));
    eventTitle.setTooltip(new Tooltip(EventWords.headline(event)));
    reports.getItems().setAll(event.reports());
  }

  private void showDetail(EventDetail detail) {
    reports.refresh();
    matrix.show(detail);
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
      headline.setText(EventWords.headline(event));
      meta.setText(
          event.reports().size()
              + " reports · "
              + EventWords.outlets(event)
              + " · "
              + EventWords.span(event));
      setTooltip(new Tooltip(EventWords.headline(event) + "\n" + meta.getText()));
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
              + ReportLabels.outletOf(report.outlet())
              + " · "
              + (report.published() == null ? "undated" : report.published().replace('T', ' ')));
      headline.setText(reportHeadline(report));
      setGraphic(box);
    }
  }
}
