package org.parallax.ui.annotate;

import static org.parallax.ui.WindowDialogs.item;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import org.parallax.model.Annotation;
import org.parallax.model.ArticleId;
import org.parallax.ui.Services;
import org.parallax.ui.UserError;
import org.parallax.ui.WindowDialogs;
import org.parallax.ui.WorkTabs;

/**
 * What the window does with annotations: the Annotations menu, the panel below the work area, and
 * annotating, jumping to, editing and deleting an annotation in whichever tab shows it.
 */
public final class AnnotateActions {

  /** The key that opens the Annotate… dialog. */
  public static final KeyCombination ANNOTATE_KEY =
      KeyCombination.keyCombination("Shortcut+Shift+A");

  private final WorkTabs tabs;
  private final SplitPane workColumn;
  private final WindowDialogs dialogs;
  private final Consumer<ArticleId> openArticle;
  private final BooleanProperty ready = new SimpleBooleanProperty(false);
  private final CheckMenuItem panelShown = new CheckMenuItem("Show annotations panel");
  private AnnotationBoard board;
  private AnnotationsPanel panel;
  private Optional<Annotation> pendingReveal = Optional.empty();

  /**
   * Creates the annotation actions of a window.
   *
   * @param tabs the work area's tabs
   * @param workColumn the column the panel opens in, below the tabs
   * @param dialogs the window's dialogs
   * @param openArticle opens an article in a tab
   */
  public AnnotateActions(
      WorkTabs tabs, SplitPane workColumn, WindowDialogs dialogs, Consumer<ArticleId> openArticle) {
    this.tabs = tabs;
    this.workColumn = workColumn;
    this.dialogs = dialogs;
    this.openArticle = openArticle;
  }

  /**
   * Shows the annotations of a workspace that just opened: panel, menus, marks in open tabs.
   *
   * @param services the workspace's services, or null while it is still opening
   * @param searchesDone fires after each library search
   */
  public void open(Services services, Observable searchesDone) {
    if (services == null || services.annotations() == null || board != null) {
      return;
    }
    board = new AnnotationBoard(services.annotations());
    panel =
        new AnnotationsPanel(
            new AnnotationsPanelViewModel(board), this::jumpTo, this::edit, this::delete);
    // The comparison needs the height at 1280x800: the panel opens with the workspace only when
    // there are annotations to list, and by itself when the first one is made.
    boolean any = !board.all().isEmpty();
    panelShown.setSelected(any);
    showPanel(any);
    panelShown.selectedProperty().addListener((o, was, now) -> showPanel(now));
    board
        .revisionProperty()
        .addListener(
            new InvalidationListener() {
              private boolean hadAny = any;

              @Override
              public void invalidated(Observable revision) {
                boolean hasAny = !board.all().isEmpty();
                if (hasAny && !hadAny) {
                  panelShown.setSelected(true);
                }
                hadAny = hasAny;
              }
            });
    ready.set(true);
    // An import may have re-anchored annotations (or orphaned some); each search follows one.
    searchesDone.addListener(o -> board.changed());
    for (Tab tab : tabs.all()) {
      if (tab.getUserData() instanceof AnnotationHost host) {
        host.enableAnnotations(board);
      }
    }
  }

  /** Lets a tab about to open annotate, once the workspace's annotations are open. */
  public void attach(AnnotationHost host) {
    if (board != null) {
      host.enableAnnotations(board);
    }
  }

  /** Shows the annotation a jump was waiting for in an article tab that just opened. */
  public void revealPending(AnnotationHost host) {
    pendingReveal.ifPresent(annotation -> host.annotator().ifPresent(a -> a.reveal(annotation)));
    pendingReveal = Optional.empty();
  }

  /** Returns the annotations panel, once the workspace is open. */
  public Optional<AnnotationsPanel> panel() {
    return Optional.ofNullable(panel);
  }

  /** Returns the Annotations menu. */
  public Menu menu() {
    MenuItem annotate = item("Annotate selection…", null, e -> annotateInCurrentTab());
    annotate.setAccelerator(ANNOTATE_KEY);
    annotate.disableProperty().bind(ready.not());
    panelShown.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
    panelShown.disableProperty().bind(ready.not());
    MenuItem codebook =
        item("Edit codebook…", null, e -> new CodebookDialog(board, dialogs.window()).show());
    codebook.disableProperty().bind(ready.not());
    MenuItem author = item("Set author name…", null, e -> askAuthor());
    author.disableProperty().bind(ready.not());
    Menu menu =
        new Menu(
            "Annotations", null, annotate, panelShown, new SeparatorMenuItem(), codebook, author);
    menu.setId("annotations-menu");
    return menu;
  }

  private void showPanel(boolean shown) {
    if (panel == null) {
      return;
    }
    if (shown && !workColumn.getItems().contains(panel.root())) {
      workColumn.getItems().add(panel.root());
      workColumn.setDividerPositions(0.74);
    } else if (!shown) {
      workColumn.getItems().remove(panel.root());
    }
  }

  /** Shows an annotation: in an open tab of its article, else by opening the article. */
  private void jumpTo(Annotation annotation) {
    for (Tab tab : tabs.all()) {
      if (tab.getUserData() instanceof AnnotationHost host
          && host.annotator().map(a -> a.shows(annotation)).orElse(false)) {
        tabs.select(tab);
        host.annotator().ifPresent(a -> a.reveal(annotation));
        return;
      }
    }
    pendingReveal = Optional.of(annotation);
    openArticle.accept(annotation.article());
  }

  /** Opens the annotation dialog on an annotation's tags and note; Save stores the change. */
  private void edit(Annotation annotation) {
    try {
      new AnnotationDialog(new AnnotationDialogViewModel(board, annotation), dialogs.window())
          .showAndSave();
    } catch (IOException e) {
      AnnotateAlerts.notSaved(dialogs.window(), e);
    }
  }

  /** Deletes an annotation after the user confirms; the file keeps every other one. */
  private void delete(Annotation annotation) {
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "Delete the annotation on “" + annotation.exact() + "”? This cannot be undone.",
            ButtonType.OK,
            ButtonType.CANCEL);
    confirm.setHeaderText("Delete annotation");
    dialogs.ownedBy(confirm);
    if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
      try {
        board.delete(annotation.id());
      } catch (IOException e) {
        dialogs.error(
            new UserError(
                "Could not delete the annotation",
                e.getMessage(),
                "Check that the workspace folder is writable, then try again; the annotation is"
                    + " still stored."));
      }
    }
  }

  private void annotateInCurrentTab() {
    Optional<? extends Annotator> annotator =
        tabs.selectedView(AnnotationHost.class).flatMap(AnnotationHost::annotator);
    if (annotator.isPresent()) {
      annotator.get().annotate();
    } else {
      dialogs.info(
          "Annotate",
          "Open a report or a comparison, select some words (or click a claim), then annotate.");
    }
  }

  private void askAuthor() {
    TextInputDialog dialog = new TextInputDialog(board.author());
    dialog.setTitle("Author");
    dialog.setHeaderText("The name your new annotations are signed with");
    dialogs.ownedBy(dialog);
    dialog
        .showAndWait()
        .filter(name -> !name.isBlank())
        .ifPresent(
            name -> {
              try {
                board.setAuthor(name);
              } catch (IOException e) {
                dialogs.error(
                    new UserError(
                        "Could not save the author name",
                        e.getMessage(),
                        "Check that the workspace folder is writable, then try again."));
              }
            });
  }
}
