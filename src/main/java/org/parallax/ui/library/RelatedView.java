package org.parallax.ui.library;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;
import org.parallax.ui.MainWindowViewModel;

/** The reports related to an article, each a click away from a comparison with it. */
final class RelatedView {

  private final VBox root = new VBox(8);

  RelatedView(Article article, List<SearchHit> related, MainWindowViewModel window) {
    Label heading = new Label("Reports on the same event as " + article.displayName());
    heading.getStyleClass().add("details-title");
    heading.setWrapText(true);
    ListView<SearchHit> list = new ListView<>();
    list.setId("related");
    list.getItems().setAll(related);
    list.setPlaceholder(new Label("No related reports in the library."));
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(
                    empty || hit == null
                        ? null
                        : String.format(
                            Locale.ROOT,
                            "%s · %s · %s   (score %.2f)",
                            hit.outlet() == null ? "Unknown outlet" : hit.outlet(),
                            hit.published() == null ? "undated" : hit.published().date(),
                            hit.title() == null ? hit.id().value() : hit.title(),
                            hit.score()));
              }
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    Button compare = new Button("Compare with this article");
    compare.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    compare.setOnAction(
        e -> window.compare(article.id(), list.getSelectionModel().getSelectedItem().id()));
    Button open = new Button("Open");
    open.disableProperty().bind(compare.disableProperty());
    open.setOnAction(e -> window.openArticle(list.getSelectionModel().getSelectedItem().id()));
    root.getChildren().addAll(heading, list, new HBox(6, compare, open));
    root.setPadding(new Insets(12));
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }
}
