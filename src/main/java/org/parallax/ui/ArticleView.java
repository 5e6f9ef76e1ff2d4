package org.parallax.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** An article tab: headline, outlet and metadata, then the body with headings and captions. */
final class ArticleView {

  private final ScrollPane root;

  ArticleView(ArticleViewModel viewModel) {
    Label outlet = new Label(viewModel.outlet());
    outlet.getStyleClass().add("article-outlet");
    Label headline = new Label(viewModel.headline());
    headline.getStyleClass().add("article-headline");
    headline.setWrapText(true);
    Label meta = new Label(viewModel.metadata());
    meta.getStyleClass().add("muted");
    meta.setWrapText(true);
    VBox page = new VBox(8, outlet, headline, meta);
    for (ArticleViewModel.ShownBlock block : viewModel.blocks()) {
      Label text = new Label(block.text());
      text.setWrapText(true);
      text.getStyleClass().add("article-" + block.kind().jsonName());
      page.getChildren().add(text);
    }
    page.setPadding(new Insets(16, 24, 24, 24));
    page.setMaxWidth(820);
    page.getStyleClass().add("article-page");
    root = new ScrollPane(page);
    root.setFitToWidth(true);
    root.getStyleClass().add("article-view");
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }
}
