package org.parallax.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.model.SearchHit;

/** The main window: menus, the library on the left, the work area with tabs on the right. */
final class MainWindow implements WorkArea {

  private final BorderPane root = new BorderPane();
  private final MainWindowViewModel viewModel;
  private final TabPane work = new TabPane();
  private final LibraryView library;
  private final SplitPane workColumn = new SplitPane();
  private final javafx.beans.property.BooleanProperty annotationsReady =
      new javafx.beans.property.SimpleBooleanProperty(false);
  private final CheckMenuItem annotationsShown = new CheckMenuItem("Show annotations panel");
  private AnnotationBoard board;
  private AnnotationsPanel annotationsPanel;
  private Optional<org.parallax.model.Annotation> pendingReveal = Optional.empty();

  MainWindow(MainWindowViewModel viewModel) {
    this.viewModel = viewModel;
    this.library = new LibraryView(viewModel);
    viewModel.setWorkArea(this);

    work.setId("work-area");
    work.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    Label empty =
        new Label(
            "Select two reports in the library and press Compare (Ctrl+D),\n"
                + "or drop two files here to compare them.");
    empty.getStyleClass().add("work-placeholder");
    // The hint shows through while no tab is open.
    javafx.scene.layout.StackPane workArea = new javafx.scene.layout.StackPane(empty, work);
    work.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(work.getTabs()));
    empty.visibleProperty().bind(work.visibleProperty().not());

    workColumn.setOrientation(javafx.geometry.Orientation.VERTICAL);
    workColumn.getItems().add(workArea);
    SplitPane split = new SplitPane(library.root(), workColumn);
    split.setDividerPositions(0.2);
    SplitPane.setResizableWithParent(library.root(), false);

    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setPadding(new Insets(2, 8, 2, 8));
    ImportPanel imports = new ImportPanel(viewModel.imports());

    root.setTop(menus());
    root.setCenter(split);
    root.setBottom(new VBox(imports.root(), status));
    root.getStyleClass().add("parallax");
    acceptDrops();
    viewModel.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
    viewModel.servicesProperty().addListener((o, was, now) -> openAnnotations(now));
    openAnnotations(viewModel.servicesProperty().get());
  }

  /** Shows the annotations of a workspace that just opened: panel, menus, marks in comparisons. */
  private void openAnnotations(Services services) {
    if (services == null || services.annotations() == null || board != null) {
      return;
    }
    board = new AnnotationBoard(services.annotations());
    annotationsPanel =
        new AnnotationsPanel(
            new AnnotationsPanelViewModel(board), this::jumpTo, this::edit, this::delete);
    // The comparison needs the height at 1280x800: the panel opens with the workspace only when
    // there are annotations to list, and by itself when the first one is made.
    boolean any = !board.all().isEmpty();
    annotationsShown.setSelected(any);
    showAnnotationsPanel(any);
    annotationsShown.selectedProperty().addListener((o, was, now) -> showAnnotationsPanel(now));
    board
        .revisionProperty()
        .addListener(
            new javafx.beans.InvalidationListener() {
              private boolean hadAny = any;

              @Override
              public void invalidated(javafx.beans.Observable revision) {
                boolean hasAny = !board.all().isEmpty();
                if (hasAny && !hadAny) {
                  annotationsShown.setSelected(true);
                }
                hadAny = hasAny;
              }
            });
    annotationsReady.set(true);
    // An import may have re-anchored annotations (or orphaned some); each search follows one.
    viewModel.library().searchesDoneProperty().addListener((o, was, now) -> board.changed());
    for (Tab tab : work.getTabs()) {
      if (tab.getUserData() instanceof ComparisonView view) {
        view.enableAnnotations(board);
      } else if (tab.getUserData() instanceof ArticleView view) {
        view.enableAnnotations(board);
      }
    }
  }

  private void showAnnotationsPanel(boolean shown) {
    if (annotationsPanel == null) {
      return;
    }
    if (shown && !workColumn.getItems().contains(annotationsPanel.root())) {
      workColumn.getItems().add(annotationsPanel.root());
      workColumn.setDividerPositions(0.74);
    } else if (!shown) {
      workColumn.getItems().remove(annotationsPanel.root());
    }
  }

  /** Shows an annotation: in an open comparison of its article, else by opening the article. */
  private void jumpTo(org.parallax.model.Annotation annotation) {
    for (Tab tab : work.getTabs()) {
      if (tab.getUserData() instanceof ComparisonView view
          && view.annotator().map(a -> a.shows(annotation)).orElse(false)) {
        work.getSelectionModel().select(tab);
        view.annotator().ifPresent(a -> a.reveal(annotation));
        return;
      }
      if (tab.getUserData() instanceof ArticleView view
          && view.annotator().map(a -> a.shows(annotation)).orElse(false)) {
        work.getSelectionModel().select(tab);
        view.annotator().ifPresent(a -> a.reveal(annotation));
        return;
      }
    }
    pendingReveal = Optional.of(annotation);
    viewModel.openArticle(annotation.article());
  }

  /** Opens the annotation dialog on an annotation's tags and note; Save stores the change. */
  private void edit(org.parallax.model.Annotation annotation) {
    try {
      new AnnotationDialog(new AnnotationDialogViewModel(board, annotation), window())
          .showAndSave();
    } catch (java.io.IOException e) {
      AnnotateAlerts.notSaved(window(), e);
    }
  }

  /** Deletes an annotation after the user confirms; the file keeps every other one. */
  private void delete(org.parallax.model.Annotation annotation) {
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Delete the annotation on “" + annotation.exact() + "”? This cannot be undone.",
            ButtonType.OK,
            ButtonType.CANCEL);
    confirm.setHeaderText("Delete annotation");
    ownedBy(confirm);
    if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
      try {
        board.delete(annotation.id());
      } catch (java.io.IOException e) {
        showError(
            new UserError(
                "Could not delete the annotation",
                e.getMessage(),
                "Check that the workspace folder is writable, then try again; the annotation is"
                    + " still stored."));
      }
    }
  }

  /** Returns the annotations panel, once the workspace is open. */
  Optional<AnnotationsPanel> annotationsPanel() {
    return Optional.ofNullable(annotationsPanel);
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
    ArticleView view = new ArticleView(new ArticleViewModel(article));
    if (board != null) {
      view.enableAnnotations(board);
    }
    Tab tab = new Tab(shortTitle(article.displayName()), view.root());
    tab.setUserData(view);
    open(tab);
    pendingReveal.ifPresent(annotation -> view.annotator().ifPresent(a -> a.reveal(annotation)));
    pendingReveal = Optional.empty();
  }

  @Override
  public void showComparison(Comparison comparison) {
    ComparisonView view = new ComparisonView(new ComparisonViewModel(comparison));
    if (board != null) {
      view.enableAnnotations(board);
    }
    Tab tab = new Tab(view.viewModel().title(), view.root());
    tab.setUserData(view);
    tab.setId("comparison-tab");
    open(tab);
  }

  @Override
  public void showScan(org.parallax.syndication.ScanResults results) {
    ScanView view = new ScanView(new ScanViewModel(results), viewModel);
    Tab tab = new Tab("Syndication scan", view.root());
    tab.setId("scan-tab");
    // A new scan replaces the old list rather than opening a second tab beside it.
    work.getTabs().removeIf(open -> "scan-tab".equals(open.getId()));
    open(tab);
  }

  @Override
  public void showEvents(EventsViewModel events) {
    for (Tab tab : work.getTabs()) {
      if (tab.getUserData() instanceof EventsView view && view.viewModel() == events) {
        work.getSelectionModel().select(tab);
        return;
      }
    }
    EventsView view = new EventsView(events, viewModel);
    Tab tab = new Tab("Events", view.root());
    tab.setId("events-tab");
    tab.setUserData(view);
    // "grouped 5 min ago" stays true each time the user comes back to the tab.
    tab.setOnSelectionChanged(
        e -> {
          if (tab.isSelected()) {
            events.refreshSummary();
          }
        });
    open(tab);
  }

  @Override
  public void showRelated(Article article, List<SearchHit> related) {
    RelatedView view = new RelatedView(article, related, viewModel);
    open(new Tab("Related: " + shortTitle(article.displayName()), view.root()));
  }

  @Override
  public void showError(UserError error) {
    Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
    alert.setTitle("Parallax");
    alert.setHeaderText(error.title());
    Label text = new Label(error.message() + "\n\nWhat to do: " + error.whatToDo());
    text.setWrapText(true);
    text.setMaxWidth(480);
    alert.getDialogPane().setContent(text);
    ownedBy(alert);
    alert.show();
  }

  /** Returns the comparison view of the selected tab, if it is one. */
  Optional<ComparisonView> currentComparison() {
    Tab tab = work.getSelectionModel().getSelectedItem();
    return tab != null && tab.getUserData() instanceof ComparisonView view
        ? Optional.of(view)
        : Optional.empty();
  }

  private void open(Tab tab) {
    work.getTabs().add(tab);
    work.getSelectionModel().select(tab);
  }

  private MenuBar menus() {
    MenuItem importFiles = item("Import files…", "Shortcut+O", e -> chooseFiles());
    MenuItem importFolder = item("Import folder…", "Shortcut+Shift+O", e -> chooseFolder());
    MenuItem export = item("Export comparison…", "Shortcut+E", e -> exportComparison());
    MenuItem quit = item("Quit", "Shortcut+Q", e -> window().hide());
    Menu file =
        new Menu("File", null, importFiles, importFolder, export, new SeparatorMenuItem(), quit);

    MenuItem paste = item("Paste as new article…", "Shortcut+Shift+V", e -> pasteDialog());
    Menu edit = new Menu("Edit", null, paste);

    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("dark-theme");
    dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    MenuItem search = item("Search", "Shortcut+F", e -> root.lookup("#search").requestFocus());
    Menu view = new Menu("View", null, search, dark);

    MenuItem compare = item("Compare selected", "Shortcut+D", e -> viewModel.compareSelected());
    compare.disableProperty().bind(viewModel.library().twoSelectedBinding().not());
    MenuItem next = new MenuItem("Next difference");
    next.setAccelerator(new KeyCodeCombination(KeyCode.F7));
    next.setOnAction(e -> currentComparison().ifPresent(ComparisonView::next));
    MenuItem previous = new MenuItem("Previous difference");
    previous.setAccelerator(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN));
    previous.setOnAction(e -> currentComparison().ifPresent(ComparisonView::previous));
    MenuItem scan = item("Syndication scan", null, e -> viewModel.scan());
    scan.setId("scan");
    MenuItem events = item("Events", null, e -> viewModel.events());
    events.setId("events");
    Menu compareMenu = new Menu("Compare", null, compare, next, previous, scan, events);

    MenuItem keys =
        item(
            "Keys",
            null,
            e ->
                info(
                    "Keys",
                    "Ctrl+D compare the two selected reports\nF7 / Shift+F7 next / previous"
                        + " difference\nCtrl+O import files, Ctrl+Shift+O import a folder\n"
                        + "Ctrl+Shift+V paste as a new article\nCtrl+E export the comparison\n"
                        + "Ctrl+Shift+A annotate the selected words or claim\n"
                        + "Ctrl+Shift+L show or hide the annotations panel"));
    Menu help = new Menu("Help", null, keys);
    MenuBar bar = new MenuBar(file, edit, view, compareMenu, annotationsMenu(), help);
    bar.setId("menus");
    return bar;
  }

  private Menu annotationsMenu() {
    MenuItem annotate =
        item("Annotate selection…", "Shortcut+Shift+A", e -> annotateInCurrentTab());
    annotate.disableProperty().bind(annotationsReady.not());
    annotationsShown.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
    annotationsShown.disableProperty().bind(annotationsReady.not());
    MenuItem codebook =
        item("Edit codebook…", null, e -> new CodebookDialog(board, window()).show());
    codebook.disableProperty().bind(annotationsReady.not());
    MenuItem author = item("Set author name…", null, e -> askAuthor());
    author.disableProperty().bind(annotationsReady.not());
    Menu menu =
        new Menu(
            "Annotations",
            null,
            annotate,
            annotationsShown,
            new SeparatorMenuItem(),
            codebook,
            author);
    menu.setId("annotations-menu");
    return menu;
  }

  private void annotateInCurrentTab() {
    Tab tab = work.getSelectionModel().getSelectedItem();
    Object shown = tab == null ? null : tab.getUserData();
    if (shown instanceof ComparisonView view && view.annotator().isPresent()) {
      view.annotator().get().annotate();
    } else if (shown instanceof ArticleView view && view.annotator().isPresent()) {
      view.annotator().get().annotate();
    } else {
      info(
          "Annotate",
          "Open a report or a comparison, select some words (or click a claim), then annotate.");
    }
  }

  private void askAuthor() {
    javafx.scene.control.TextInputDialog dialog =
        new javafx.scene.control.TextInputDialog(board.author());
    dialog.setTitle("Author");
    dialog.setHeaderText("The name your new annotations are signed with");
    ownedBy(dialog);
    dialog
        .showAndWait()
        .filter(name -> !name.isBlank())
        .ifPresent(
            name -> {
              try {
                board.setAuthor(name);
              } catch (java.io.IOException e) {
                showError(
                    new UserError(
                        "Could not save the author name",
                        e.getMessage(),
                        "Check that the workspace folder is writable, then try again."));
              }
            });
  }

  private static MenuItem item(
      String text, String accelerator, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(action);
    return item;
  }

  private void acceptDrops() {
    root.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    root.setOnDragDropped(
        e -> {
          boolean has = e.getDragboard().hasFiles();
          if (has) {
            viewModel.dropped(e.getDragboard().getFiles().stream().map(File::toPath).toList());
          }
          e.setDropCompleted(has);
          e.consume();
        });
  }

  private void chooseFiles() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import files");
    List<File> files = chooser.showOpenMultipleDialog(window());
    if (files != null && !files.isEmpty()) {
      viewModel.importPaths(files.stream().map(File::toPath).toList());
    }
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Import folder");
    File folder = chooser.showDialog(window());
    if (folder != null) {
      viewModel.importPaths(List.of(folder.toPath()));
    }
  }

  private void pasteDialog() {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Paste as new article");
    dialog.setHeaderText("Paste the text of a report. Its first line is taken as the title.");
    TextField name = new TextField("pasted.txt");
    name.setPromptText("A name for the text");
    TextArea text = new TextArea();
    text.setWrapText(true);
    text.setPrefSize(620, 360);
    text.setId("paste-text");
    dialog.getDialogPane().setContent(new VBox(6, new Label("Name"), name, text));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    ownedBy(dialog);
    dialog
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .ifPresent(ok -> viewModel.paste(name.getText().strip(), text.getText()));
  }

  private void exportComparison() {
    Optional<ComparisonView> view = currentComparison();
    if (view.isEmpty()) {
      info("Export comparison", "Open a comparison tab first, then export it.");
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export comparison");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("HTML evidence report", "*.html"),
            new FileChooser.ExtensionFilter("JSON", "*.json"),
            new FileChooser.ExtensionFilter("CSV (one row per pair)", "*.csv"));
    File target = chooser.showSaveDialog(window());
    if (target != null) {
      viewModel.export(view.get().viewModel().comparison(), target.toPath());
    }
  }

  private void info(String title, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    alert.setTitle(title);
    alert.setHeaderText(title);
    ownedBy(alert);
    alert.show();
  }

  private void ownedBy(Dialog<?> dialog) {
    Window owner = window();
    if (owner != null) {
      dialog.initOwner(owner);
    }
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private static String shortTitle(String title) {
    return title.length() <= 40 ? title : title.substring(0, 39) + "…";
  }
}
