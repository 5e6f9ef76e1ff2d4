package org.parallax.ui.library;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.FacetCount;
import org.parallax.model.SearchHit;
import org.parallax.ui.MainWindowViewModel;

/** The library side: search field, facet chips, the hits and the buttons that act on them. */
public final class LibraryView {

  private static final int FACET_CHIPS = 6;

  private final VBox root = new VBox(8);
  private final MainWindowViewModel window;
  private final LibraryViewModel viewModel;
  private final ListView<SearchHit> hits = new ListView<>();

  public LibraryView(MainWindowViewModel window) {
    this.window = window;
    this.viewModel = window.library();
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

    FlowPane outlets = facet("outlet-facet");
    FlowPane dates = facet("date-facet");
    FlowPane tags = facet("tag-facet");
    Label tagsCaption = caption("Annotation tag");
    tags.visibleProperty().bind(Bindings.isNotEmpty(viewModel.tags()));
    tags.managedProperty().bind(tags.visibleProperty());
    tagsCaption.visibleProperty().bind(tags.visibleProperty());
    tagsCaption.managedProperty().bind(tags.visibleProperty());
    viewModel
        .tags()
        .addListener(
            (ListChangeListener<FacetCount>)
                c -> fill(tags, viewModel.tags(), viewModel.checkedTags(), FacetKind.TAG));
    viewModel
        .outlets()
        .addListener(
            (ListChangeListener<FacetCount>)
                c ->
                    fill(
                        outlets,
                        viewModel.outlets(),
                        viewModel.checkedOutlets(),
                        FacetKind.OUTLET));
    viewModel
        .dates()
        .addListener(
            (ListChangeListener<FacetCount>)
                c -> fill(dates, viewModel.dates(), viewModel.checkedDates(), FacetKind.DATE));

    Label total = new Label();
    total.getStyleClass().add("muted");
    total.textProperty().bind(viewModel.totalProperty().asString("%d reports"));

    hits.setId("hits");
    hits.setItems(viewModel.hits());
    hits.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    hits.setCellFactory(list -> new HitCell(list, viewModel::displayTitle));
    hits.setPlaceholder(new Label("No reports. Import files or drop them here."));
    hits.getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<SearchHit>)
                c -> viewModel.selected().setAll(hits.getSelectionModel().getSelectedItems()));
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
            buttons,
            deleted,
            hint);
    root.setId("library");
    root.setMinWidth(230);
    root.setPrefWidth(260);
    root.getStyleClass().add("library");
    root.setPadding(new Insets(8));
  }

  /** Returns the library side's node. */
  public Node root() {
    return root;
  }

  /** Returns the hits list. */
  public ListView<SearchHit> hits() {
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
        viewModel.hits().stream().filter(h -> !h.id().equals(first.id())).toList();
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

  private static FlowPane facet(String id) {
    FlowPane pane = new FlowPane(4, 4);
    pane.setId(id);
    return pane;
  }

  private void fill(FlowPane pane, List<FacetCount> counts, Set<String> checked, FacetKind kind) {
    pane.getChildren().clear();
    boolean expanded = Boolean.TRUE.equals(pane.getUserData());
    // Long facets (one chip per day) would push the hits out of sight: show a few, expand on
    // demand.
    List<FacetCount> shown =
        expanded || counts.size() <= FACET_CHIPS ? counts : counts.subList(0, FACET_CHIPS);
    for (FacetCount count : shown) {
      ToggleButton chip = new ToggleButton(count.value() + "  " + count.count());
      chip.getStyleClass().add("chip");
      chip.setSelected(checked.contains(count.value()));
      chip.setOnAction(
          e -> {
            switch (kind) {
              case OUTLET -> viewModel.toggleOutlet(count.value());
              case DATE -> viewModel.toggleDate(count.value());
              case TAG -> viewModel.toggleTag(count.value());
            }
          });
      pane.getChildren().add(chip);
    }
    if (counts.size() > FACET_CHIPS) {
      Hyperlink more =
          new Hyperlink(expanded ? "fewer" : "+" + (counts.size() - FACET_CHIPS) + " more");
      more.getStyleClass().add("facet-more");
      more.setOnAction(
          e -> {
            pane.setUserData(!expanded);
            fill(pane, counts, checked, kind);
          });
      pane.getChildren().add(more);
    }
  }

  /** Which facet a chip narrows. */
  private enum FacetKind {
    OUTLET,
    DATE,
    TAG
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
          + (hit.title() == null ? hit.id().value() : hit.title());
    }

    @Override
    public String toString() {
      return describe(hit);
    }
  }

  /** A hit as outlet and date, title, and the snippet with matched words in bold. */
  private static final class HitCell extends ListCell<SearchHit> {
    private final ListView<SearchHit> list;

    private final Function<SearchHit, String> titles;

    HitCell(ListView<SearchHit> list, Function<SearchHit, String> titles) {
      this.list = list;
      this.titles = titles;
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
      super.updateItem(hit, empty);
      if (empty || hit == null) {
        setGraphic(null);
        return;
      }
      Label meta =
          new Label(
              (hit.outlet() == null ? "Unknown outlet" : hit.outlet())
                  + (hit.published() == null ? "" : " · " + hit.published().date()));
      meta.getStyleClass().add("hit-meta");
      List<SnippetRuns.Run> runs = SnippetRuns.parse(hit.snippet());
      boolean matched = runs.stream().anyMatch(SnippetRuns.Run::bold);
      // A report without a headline (plain wire text) is named by its opening sentence instead.
      Label title = new Label(titles.apply(hit));
      title.getStyleClass().add(hit.title() == null ? "hit-untitled" : "hit-title");
      title.setWrapText(true);
      TextFlow snippet = new TextFlow();
      snippet.getStyleClass().add("hit-snippet");
      snippet.setVisible(hit.title() != null || matched);
      snippet.setManaged(snippet.isVisible());
      for (SnippetRuns.Run run : runs) {
        Text text = new Text(run.text().replaceAll("\\s+", " "));
        text.getStyleClass().add(run.bold() ? "snippet-match" : "snippet-text");
        snippet.getChildren().add(text);
      }
      VBox card = new VBox(2, meta, title, snippet);
      card.maxWidthProperty().bind(list.widthProperty().subtract(30));
      card.prefWidthProperty().bind(list.widthProperty().subtract(30));
      snippet.maxWidthProperty().bind(card.prefWidthProperty());
      setGraphic(card);
    }
  }
}
