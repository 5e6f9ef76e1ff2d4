package org.parallax.ui.library;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.PublishedGroups;
import org.parallax.model.SearchHit;
import org.parallax.ui.MainWindowViewModel;

/** The library side: search field, facet chips, the hits and the buttons that act on them. */
public final class LibraryView {

  /**
   * The library's share of the window's width at start: at 1280 pixels its table gives a wire
   * headline about 50 characters beside outlet, date, byline and counts.
   */
  public static final double WINDOW_SHARE = 0.6;

  /**
   * The library's share of the width while a comparison or another work tab is open: at 1280 pixels
   * the comparison keeps about 1,000, enough for two readable columns and the differences.
   */
  public static final double BESIDE_WORK_SHARE = 0.22;

  private static final double PREFERRED_WIDTH = 700;

  /** The most other reports the "Compare with…" dialog offers (it lists them in a drop-down). */
  private static final int COMPARE_WITH_CHOICES = 500;

  private final VBox root = new VBox(8);
  private final MainWindowViewModel window;
  private final LibraryViewModel viewModel;
  private final TableView<SearchHit> hits;

  public LibraryView(MainWindowViewModel window) {
    this.window = window;
    this.viewModel = window.library();
    this.hits = new LibraryTable(viewModel, ColumnLayout.ofUser()).table();
    TextField search = new TextField();
    search.setId("search");
    search.setPromptText("Search (Lucene syntax), Enter to run");
    search.textProperty().bindBidirectional(viewModel.queryProperty());
    search.setOnAction(e -> viewModel.search());
    Label error = new Label();
    error.setId("search-error");
    error.getStyleClass().add("search-error");
    error.setWrapText(true);
    error.textProperty().bind(viewModel.errorProperty());
    error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    FlowPane outlets =
        new FacetChips(
                "outlet-facet",
                viewModel.outlets(),
                viewModel.checkedOutlets(),
                viewModel::toggleOutlet,
                Function.identity())
            .pane();
    FlowPane dates =
        new FacetChips(
                "date-facet",
                viewModel.dates(),
                viewModel.checkedDates(),
                viewModel::toggleDate,
                PublishedGroups::label)
            .pane();
    FlowPane tags =
        new FacetChips(
                "tag-facet",
                viewModel.tags(),
                viewModel.checkedTags(),
                viewModel::toggleTag,
                Function.identity())
            .pane();
    Label tagsCaption = caption("Annotation tag");
    tags.visibleProperty().bind(Bindings.isNotEmpty(viewModel.tags()));
    tags.managedProperty().bind(tags.visibleProperty());
    tagsCaption.visibleProperty().bind(tags.visibleProperty());
    tagsCaption.managedProperty().bind(tags.visibleProperty());

    Label total = new Label();
    total.getStyleClass().add("muted");
    total
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,d reports", viewModel.totalProperty().get()),
                viewModel.totalProperty()));

    hits.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            openSelected();
          }
        });
    hits.setContextMenu(contextMenu());
    VBox.setVgrow(hits, Priority.ALWAYS);

    Button compare = new Button("Compare");
    compare.setId("compare-button");
    compare.setDefaultButton(false);
    compare.disableProperty().bind(viewModel.twoSelectedBinding().not());
    compare.setOnAction(e -> window.compareSelected());
    Button open = new Button("Open");
    open.setOnAction(e -> openSelected());
    Button related = new Button("Related");
    related.setId("related-button");
    related.setOnAction(e -> relatedSelected());
    open.disableProperty().bind(Bindings.isEmpty(viewModel.selected()));
    related.disableProperty().bind(open.disableProperty());
    Button delete = new Button("Delete…");
    delete.setId("delete-button");
    delete.disableProperty().bind(open.disableProperty());
    delete.setOnAction(e -> deleteSelected());
    Button undo = new Button("Undo delete");
    undo.setId("undo-delete-button");
    undo.visibleProperty().bind(viewModel.deletion().canUndoBinding());
    undo.managedProperty().bind(undo.visibleProperty());
    undo.setOnAction(e -> viewModel.deletion().undo());
    hits.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
            deleteSelected();
          } else if (e.getCode() == KeyCode.ENTER) {
            openSelected();
          }
        });
    FlowPane buttons = new FlowPane(6, 6, compare, open, related, delete, undo);
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Button button : List.of(compare, open, related, delete, undo)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    compare.getStyleClass().add(Styles.ACCENT);
    Label deleted = new Label();
    deleted.setId("delete-message");
    deleted.textProperty().bind(viewModel.deletion().messageProperty());
    deleted.setWrapText(true);
    deleted.getStyleClass().add("muted");
    TextFlow preview = new TextFlow();
    preview.setId("hit-preview");
    preview.getStyleClass().add("hit-snippet");
    preview.visibleProperty().bind(viewModel.previewProperty().isNotEmpty());
    preview.managedProperty().bind(preview.visibleProperty());
    viewModel
        .previewProperty()
        .addListener((o, was, now) -> showRuns(preview, SnippetRuns.parse(now)));
    Label hint = new Label("Select two reports, then Compare (Ctrl+D)");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);

    root.getChildren()
        .addAll(
            search,
            error,
            caption("Outlet"),
            outlets,
            caption("Published"),
            dates,
            tagsCaption,
            tags,
            total,
            hits,
            preview,
            buttons,
            deleted,
            hint);
    root.setId("library");
    root.setMinWidth(320);
    root.setPrefWidth(PREFERRED_WIDTH);
    root.getStyleClass().add("library");
    root.setPadding(new Insets(8));
  }

  /** Returns the library side's node. */
  public Node root() {
    return root;
  }

  /** Returns the table of hits. */
  public TableView<SearchHit> hits() {
    return hits;
  }

  private ContextMenu contextMenu() {
    MenuItem open = new MenuItem("Open");
    open.setOnAction(e -> openSelected());
    MenuItem compareWith = new MenuItem("Compare with…");
    compareWith.setOnAction(e -> compareWith());
    MenuItem related = new MenuItem("Related reports");
    related.setOnAction(e -> relatedSelected());
    MenuItem compare = new MenuItem("Compare the two selected");
    compare.disableProperty().bind(viewModel.twoSelectedBinding().not());
    compare.setOnAction(e -> window.compareSelected());
    return new ContextMenu(open, compare, compareWith, related);
  }

  /** Asks before deleting: a deletion removes every version and the original file. */
  private void deleteSelected() {
    int count = viewModel.selected().size();
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Delete "
                + count
                + " report(s) from the workspace, with every version and original file? Their"
                + " annotations are kept as orphans, and Undo delete brings everything back.",
            ButtonType.OK,
            ButtonType.CANCEL);
    ask.setHeaderText("Delete from the library");
    ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
    ask.showAndWait()
        .filter(answer -> answer == ButtonType.OK)
        .ifPresent(answer -> viewModel.deletion().deleteSelected());
  }

  private void openSelected() {
    SearchHit hit = hits.getSelectionModel().getSelectedItem();
    if (hit != null) {
      window.openArticle(hit.id());
    }
  }

  private void relatedSelected() {
    SearchHit hit = hits.getSelectionModel().getSelectedItem();
    if (hit != null) {
      window.related(hit.id());
    }
  }

  /** Asks which report to compare the selected one with, from the other hits. */
  private void compareWith() {
    SearchHit first = hits.getSelectionModel().getSelectedItem();
    if (first == null) {
      return;
    }
    List<SearchHit> others =
        viewModel.hits().stream()
            .filter(h -> !h.id().equals(first.id()))
            .limit(COMPARE_WITH_CHOICES)
            .toList();
    if (others.isEmpty()) {
      return;
    }
    ChoiceDialog<HitChoice> dialog =
        new ChoiceDialog<>(
            new HitChoice(others.get(0)), others.stream().map(HitChoice::new).toList());
    dialog.setTitle("Compare with…");
    dialog.setHeaderText("Compare " + HitChoice.describe(first) + " with:");
    dialog.initOwner(root.getScene().getWindow());
    dialog.showAndWait().ifPresent(chosen -> window.compare(first.id(), chosen.hit().id()));
  }

  /** Shows where the query matched in the selected row, matched words in bold. */
  private static void showRuns(TextFlow preview, List<SnippetRuns.Run> runs) {
    preview.getChildren().clear();
    for (SnippetRuns.Run run : runs) {
      Text text = new Text(run.text().replaceAll("\\s+", " "));
      text.getStyleClass().add(run.bold() ? "snippet-match" : "snippet-text");
      preview.getChildren().add(text);
    }
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("facet-caption");
    return label;
  }

  /** A hit for the "Compare with…" dialog, shown by outlet, date and title. */
  private record HitChoice(SearchHit hit) {
    static String describe(SearchHit hit) {
      return (hit.outlet() == null ? "Unknown outlet" : hit.outlet())
          + (hit.published() == null ? "" : " · " + hit.published().date())
          + " · "
          + hit.details().listedTitle();
    }

    @Override
    public String toString() {
      return describe(hit);
    }
  }
}
