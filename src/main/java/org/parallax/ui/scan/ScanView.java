package org.parallax.ui.scan;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.ArticleId;
import org.parallax.report.DerivationWords;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanPair;
import org.parallax.ui.MainWindowViewModel;
import org.parallax.ui.ReportLabels;

/**
 * The syndication scan: which reports derive from which, each a double-click from its comparison.
 */
final class ScanView {

  /** Width of the short number columns, wide enough for their headers. */
  private static final double NUMBER_WIDTH = 100;

  /** Width of the confidence column, whose header is the longest. */
  private static final double CONFIDENCE_WIDTH = 118;

  private final VBox root = new VBox(8);

  ScanView(ScanViewModel model, MainWindowViewModel window) {
    Label heading =
        new Label(
            model.total()
                + (model.total() == 1 ? " report derives" : " reports derive")
                + " from another report of this workspace"
                + (model.partial() > 0 ? " (" + model.partial() + " only in part)" : ""));
    heading.getStyleClass().add("details-title");
    Label scanned = new Label(model.scannedLine());
    scanned.setId("scan-when");
    scanned.getStyleClass().add("muted");
    Button again = new Button("Scan again");
    again.setId("scan-again");
    again.setOnAction(e -> window.rescan());
    CheckBox uncredited = new CheckBox("Uncredited only");
    uncredited.setId("scan-uncredited");
    ComboBox<String> outlet = new ComboBox<>();
    outlet.setId("scan-outlet");
    outlet.getItems().setAll(model.outlets());
    outlet.getSelectionModel().selectFirst();

    TableView<ScanPair> table = new TableView<>();
    table.setId("scan-pairs");
    table.setPlaceholder(new Label("No derived reports found."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Derived report", p -> describe(p.derived()), 0));
    table.getColumns().add(column("Source", p -> describe(p.source()), 0));
    table.getColumns().add(column("Restated", ScanView::restatedWords, NUMBER_WIDTH));
    table
        .getColumns()
        .add(column("Verbatim", p -> DerivationWords.percent(p.verbatimShare()), NUMBER_WIDTH));
    table.getColumns().add(column("Credited", ScanView::creditWords, NUMBER_WIDTH));
    table
        .getColumns()
        .add(column("Reuse", p -> String.format(Locale.ROOT, "%.2f", p.reuse()), NUMBER_WIDTH));
    table
        .getColumns()
        .add(
            column(
                "Confidence",
                p -> String.format(Locale.ROOT, "%.2f", p.confidence()),
                CONFIDENCE_WIDTH));
    Runnable refresh =
        () -> table.getItems().setAll(model.visible(uncredited.isSelected(), outlet.getValue()));
    uncredited.selectedProperty().addListener((o, was, now) -> refresh.run());
    outlet.valueProperty().addListener((o, was, now) -> refresh.run());
    refresh.run();

    Button compare = new Button("Compare");
    compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    Runnable open =
        () -> {
          ScanPair pair = table.getSelectionModel().getSelectedItem();
          if (pair != null) {
            window.compare(new ArticleId(pair.source().id()), new ArticleId(pair.derived().id()));
          }
        };
    compare.setOnAction(e -> open.run());
    table.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            open.run();
          }
        });
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox filters = new HBox(10, uncredited, outlet, compare);
    filters.setAlignment(Pos.CENTER_LEFT);
    HBox when = new HBox(10, scanned, again);
    when.setAlignment(Pos.CENTER_LEFT);
    root.getChildren().addAll(heading, when, filters, table);
    root.setPadding(new Insets(12));
  }

  /** The share of the derived report restated, marked "part" for partial reuse. */
  private static String restatedWords(ScanPair pair) {
    String share = DerivationWords.percent(pair.coverage().derivedBySource());
    return pair.partial() ? share + " part" : share;
  }

  /** A later version by the same outlet needs no credit; an unknown source outlet is unchecked. */
  private static String creditWords(ScanPair pair) {
    if (pair.version()) {
      return "version";
    }
    return pair.credited() == null ? "unknown" : pair.credited() ? "yes" : "NO";
  }

  private static TableColumn<ScanPair, String> column(
      String title, Function<ScanPair, String> value, double width) {
    TableColumn<ScanPair, String> column = new TableColumn<>(title);
    if (width > 0) {
      column.setMinWidth(width);
      column.setMaxWidth(width);
    } else {
      column.setCellFactory(c -> new ReportCell());
    }
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  private static String describe(ReportRef report) {
    String when = report.published() == null ? "undated" : report.published().substring(0, 10);
    // Two lines: who and when, then what; the headline is cut by the column, the tooltip has it
    // all.
    String title = report.displayName() == null ? "" : "\n" + report.displayName();
    return ReportLabels.outletOf(report.outlet()) + " · " + when + title;
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }

  /** A report's two lines, with the whole headline in a tooltip when the column cuts it. */
  private static final class ReportCell extends TableCell<ScanPair, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null ? null : new Tooltip(item));
    }
  }
}
