package org.parallax.ui;

import static org.parallax.ui.WindowDialogs.item;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;
import org.parallax.syndication.ScanResults;
import org.parallax.ui.alerts.AlertsActions;
import org.parallax.ui.annotate.AnnotateActions;
import org.parallax.ui.annotate.AnnotationsPanel;
import org.parallax.ui.compare.CompareActions;
import org.parallax.ui.compare.ComparisonView;
import org.parallax.ui.events.EventsActions;
import org.parallax.ui.events.EventsViewModel;
import org.parallax.ui.library.ImportPanel;
import org.parallax.ui.library.LibraryActions;
import org.parallax.ui.library.LibraryView;
import org.parallax.ui.scan.ScanActions;

/**
 * The main window's frame: the menu bar the features fill, the library on the left, the work area
 * with tabs on the right, the import strip and the status line.
 */
final class MainWindow implements WorkArea {

  private final BorderPane root = new BorderPane();
  private final MainWindowViewModel viewModel;
  private final WorkTabs tabs = new WorkTabs();
  private final WindowDialogs dialogs = new WindowDialogs(root);
  private final LibraryView library;
  private final SplitPane workColumn = new SplitPane();
  private final AnnotateActions annotations;
  private final LibraryActions libraryActions;
  private final CompareActions compareActions;
  private final ScanActions scanActions;
  private final EventsActions eventsActions;
  private final AlertsActions alertsActions;

  MainWindow(MainWindowViewModel viewModel) {
    this.viewModel = viewModel;
    this.library = new LibraryView(viewModel);
    this.annotations = new AnnotateActions(tabs, workColumn, dialogs, viewModel::openArticle);
    WindowParts parts = new WindowParts(viewModel, tabs, dialogs);
    this.libraryActions = new LibraryActions(parts, annotations);
    this.compareActions = new CompareActions(parts, annotations);
    this.scanActions = new ScanActions(parts);
    this.eventsActions = new EventsActions(parts);
    this.alertsActions = new AlertsActions(parts, Platform::runLater);
    viewModel.setWorkArea(this);

    Label empty =
        new Label(
            "Select two reports in the library and press Compare (Ctrl+D),\n"
                + "or drop two files here to compare them.");
    empty.getStyleClass().add("work-placeholder");
    // The hint shows through while no tab is open.
    StackPane workArea = new StackPane(empty, tabs.pane());
    tabs.pane().visibleProperty().bind(Bindings.isNotEmpty(tabs.pane().getTabs()));
    empty.visibleProperty().bind(tabs.pane().visibleProperty().not());

    workColumn.setOrientation(Orientation.VERTICAL);
    workColumn.getItems().add(workArea);
    SplitPane split = new SplitPane(library.root(), workColumn);
    split.setDividerPositions(LibraryView.WINDOW_SHARE);
    SplitPane.setResizableWithParent(library.root(), false);
    // The library is wide while it is all there is to read, and gives the room to a comparison
    // (two columns of text and their differences) once one opens; only on those two changes, so a
    // divider the user dragged stays where it is while tabs come and go.
    tabs.pane()
        .visibleProperty()
        .addListener(
            (o, was, working) ->
                split.setDividerPositions(
                    working ? LibraryView.BESIDE_WORK_SHARE : LibraryView.WINDOW_SHARE));

    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setPadding(new Insets(2, 8, 2, 8));
    Label calibration = new Label();
    calibration.setId("calibration");
    calibration.textProperty().bind(viewModel.calibrationProperty());
    calibration.setPadding(new Insets(2, 8, 2, 8));
    Label archive = new Label();
    archive.setId("archive");
    archive.textProperty().bind(viewModel.archiveProperty());
    archive.setPadding(new Insets(2, 8, 2, 8));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox statusLine = new HBox(status, gap, archive, calibration, alertsActions.badgeButton());
    statusLine.setAlignment(Pos.CENTER_LEFT);
    ImportPanel imports = new ImportPanel(viewModel.imports());

    root.setTop(menus());
    root.setCenter(split);
    root.setBottom(new VBox(imports.root(), statusLine));
    root.getStyleClass().add("parallax");
    libraryActions.acceptDrops(root);
    viewModel.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
    viewModel.servicesProperty().addListener((o, was, now) -> openAnnotations(now));
    openAnnotations(viewModel.servicesProperty().get());
    viewModel.servicesProperty().addListener((o, was, now) -> alertsActions.open(now));
    alertsActions.open(viewModel.servicesProperty().get());
  }

  private void openAnnotations(Services services) {
    annotations.open(services, viewModel.library().searchesDoneProperty());
    compareActions.open(services);
  }

  /** Returns the annotations panel, once the workspace is open. */
  Optional<AnnotationsPanel> annotationsPanel() {
    return annotations.panel();
  }

  Parent root() {
    return root;
  }

  /** Returns the window's state. */
  MainWindowViewModel viewModel() {
    return viewModel;
  }

  /** Returns the library side. */
  LibraryView library() {
    return library;
  }

  /** Applies the current theme to the whole application. */
  void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    root.getStyleClass().remove("dark");
    if (dark) {
      root.getStyleClass().add("dark");
    }
  }

  @Override
  public void showArticle(Article article) {
    libraryActions.showArticle(article);
  }

  @Override
  public void showComparison(Comparison comparison) {
    compareActions.showComparison(comparison);
  }

  @Override
  public void showScan(ScanResults results) {
    scanActions.showScan(results);
  }

  @Override
  public void showEvents(EventsViewModel events) {
    eventsActions.showEvents(events);
  }

  @Override
  public void showRelated(Article article, List<SearchHit> related) {
    libraryActions.showRelated(article, related);
  }

  @Override
  public void libraryChanged() {
    tabs.closeIf(tab -> true);
  }

  @Override
  public void showError(UserError error) {
    dialogs.error(error);
  }

  /** Returns the watch feature's actions (the Alerts tab and list). */
  AlertsActions alerts() {
    return alertsActions;
  }

  /** Returns the comparison view of the selected tab, if it is one. */
  Optional<ComparisonView> currentComparison() {
    return compareActions.current();
  }

  private MenuBar menus() {
    List<MenuItem> fileItems = new ArrayList<>(libraryActions.importItems());
    fileItems.add(alertsActions.watchFolderItem());
    fileItems.add(alertsActions.watchFeedItem());
    fileItems.add(compareActions.exportItem());
    fileItems.add(new SeparatorMenuItem());
    MenuItem openArchive =
        item(
            "Open archive…",
            null,
            e ->
                OpenArchiveDialog.ask(dialogs, viewModel.libraryOption())
                    .ifPresent(viewModel::openLibrary));
    openArchive.setId("open-archive");
    fileItems.add(openArchive);
    fileItems.add(new SeparatorMenuItem());
    fileItems.add(item("Quit", "Shortcut+Q", e -> dialogs.window().hide()));
    Menu file = new Menu("File", null, fileItems.toArray(MenuItem[]::new));

    Menu edit = new Menu("Edit", null, libraryActions.pasteItem());

    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("dark-theme");
    dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    MenuItem search = item("Search", "Shortcut+F", e -> root.lookup("#search").requestFocus());
    Menu view = new Menu("View", null, search, dark);

    List<MenuItem> compareItems =
        new ArrayList<>(compareActions.compareItems(viewModel.library().twoSelectedBinding()));
    compareItems.add(scanActions.scanItem());
    compareItems.add(eventsActions.eventsItem());
    compareItems.add(alertsActions.alertsItem());
    Menu compareMenu = new Menu("Compare", null, compareItems.toArray(MenuItem[]::new));

    MenuItem keys =
        item(
            "Keys",
            null,
            e ->
                dialogs.info(
                    "Keys",
                    "Ctrl+D compare the two selected reports\nF7 / Shift+F7 next / previous"
                        + " difference\nCtrl+O import files, Ctrl+Shift+O import a folder\n"
                        + "Ctrl+Shift+V paste as a new article\nCtrl+E export the comparison\n"
                        + "Ctrl+Shift+A annotate the selected words or claim\n"
                        + "Ctrl+Shift+L show or hide the annotations panel"));
    Menu help = new Menu("Help", null, keys);
    MenuBar bar = new MenuBar(file, edit, view, compareMenu, annotations.menu(), help);
    bar.setId("menus");
    return bar;
  }
}
