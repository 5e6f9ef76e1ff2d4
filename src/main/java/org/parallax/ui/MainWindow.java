package org.parallax.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window: menus, the library on the left, the work area with tabs on the right. */
final class MainWindow {

  private final BorderPane root = new BorderPane();

  MainWindow(MainWindowViewModel viewModel) {
    MenuBar menus =
        new MenuBar(
            new Menu("File"),
            new Menu("Edit"),
            new Menu("View"),
            new Menu("Compare"),
            new Menu("Help"));
    menus.setId("menus");

    TextField search = new TextField();
    search.setId("search");
    search.setPromptText("Search (Lucene syntax)");
    VBox library = new VBox(8, search);
    library.setId("library");
    library.setPadding(new Insets(8));

    TabPane work = new TabPane();
    work.setId("work-area");

    SplitPane split = new SplitPane(library, work);
    split.setDividerPositions(0.25);

    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setPadding(new Insets(2, 8, 2, 8));

    root.setTop(menus);
    root.setCenter(split);
    root.setBottom(status);
  }

  Parent root() {
    return root;
  }
}
