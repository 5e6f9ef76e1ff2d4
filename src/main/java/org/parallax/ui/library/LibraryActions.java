package org.parallax.ui.library;

import static org.parallax.ui.WindowDialogs.item;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;
import org.parallax.ui.WindowParts;
import org.parallax.ui.annotate.AnnotateActions;

/**
 * What the window does with the library: import files or a folder, paste a report, take dropped
 * files, and open article and related-reports tabs.
 */
public final class LibraryActions {

  private final WindowParts window;
  private final AnnotateActions annotations;

  /**
   * Creates the library actions of a window.
   *
   * @param window the window's parts
   * @param annotations lets opened articles be annotated
   */
  public LibraryActions(WindowParts window, AnnotateActions annotations) {
    this.window = window;
    this.annotations = annotations;
  }

  /** Returns the File menu's import items. */
  public List<MenuItem> importItems() {
    return List.of(
        item("Import files…", "Shortcut+O", e -> chooseFiles()),
        item("Import folder…", "Shortcut+Shift+O", e -> chooseFolder()));
  }

  /** Returns the Edit menu's paste item. */
  public MenuItem pasteItem() {
    return item("Paste as new article…", "Shortcut+Shift+V", e -> pasteDialog());
  }

  /** Imports files dropped on {@code target}; two files are imported and compared. */
  public void acceptDrops(Node target) {
    target.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    target.setOnDragDropped(
        e -> {
          boolean has = e.getDragboard().hasFiles();
          if (has) {
            window
                .state()
                .incoming()
                .dropped(e.getDragboard().getFiles().stream().map(File::toPath).toList());
          }
          e.setDropCompleted(has);
          e.consume();
        });
  }

  /** Opens an article in a tab. */
  public void showArticle(Article article) {
    ArticleView view = new ArticleView(new ArticleViewModel(article));
    annotations.attach(view);
    Tab tab = new Tab(shortTitle(article.displayName()), view.root());
    tab.setUserData(view);
    window.tabs().open(tab);
    annotations.revealPending(view);
  }

  /** Opens the list of reports related to an article. */
  public void showRelated(Article article, List<SearchHit> related) {
    RelatedView view = new RelatedView(article, related, window.state());
    window.tabs().open(new Tab("Related: " + shortTitle(article.displayName()), view.root()));
  }

  private void chooseFiles() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import files");
    List<File> files = chooser.showOpenMultipleDialog(window.dialogs().window());
    if (files != null && !files.isEmpty()) {
      window.state().incoming().importPaths(files.stream().map(File::toPath).toList());
    }
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Import folder");
    File folder = chooser.showDialog(window.dialogs().window());
    if (folder != null) {
      window.state().incoming().importPaths(List.of(folder.toPath()));
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
    window.dialogs().ownedBy(dialog);
    dialog
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .ifPresent(ok -> window.state().incoming().paste(name.getText().strip(), text.getText()));
  }

  private static String shortTitle(String title) {
    return title.length() <= 40 ? title : title.substring(0, 39) + "…";
  }
}
