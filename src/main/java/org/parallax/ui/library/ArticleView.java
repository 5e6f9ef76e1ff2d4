package org.parallax.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.parallax.ui.annotate.AnnotationBoard;
import org.parallax.ui.annotate.AnnotationHost;

/**
 * An article tab: headline, outlet and metadata, then the body with headings and captions in a
 * read-only text area whose words can be selected and annotated.
 */
public final class ArticleView implements AnnotationHost {

  private final BorderPane root = new BorderPane();
  private final StyleClassedTextArea body = new StyleClassedTextArea();
  private final ArticleViewModel viewModel;
  private final ArticleDocument document;
  private ArticleAnnotator annotator;

  ArticleView(ArticleViewModel viewModel) {
    this.viewModel = viewModel;
    Label outlet = new Label(viewModel.outlet());
    outlet.getStyleClass().add("article-outlet");
    Label headline = new Label(viewModel.headline());
    headline.getStyleClass().add("article-headline");
    headline.setWrapText(true);
    Label meta = new Label(viewModel.metadata());
    meta.getStyleClass().add("muted");
    meta.setWrapText(true);
    VBox header = new VBox(8, outlet, headline, meta);
    header.setPadding(new Insets(16, 24, 8, 24));

    document = ArticleDocument.of(viewModel.article());
    body.setId("article-text");
    body.setEditable(false);
    body.setWrapText(true);
    body.getStyleClass().add("article-text");
    body.replaceText(document.text());
    for (int n = 0; n < document.kinds().size(); n++) {
      body.setParagraphStyle(n, List.of("article-" + document.kinds().get(n).jsonName()));
    }
    body.moveTo(0);
    VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(body);
    BorderPane.setMargin(scroll, new Insets(0, 16, 16, 16));
    root.setTop(header);
    root.setCenter(scroll);
    root.getStyleClass().add("article-view");
  }

  /** Returns the tab's node. */
  Node root() {
    return root;
  }

  /** Returns the article shown. */
  ArticleViewModel viewModel() {
    return viewModel;
  }

  /** Lets the user annotate the article's words and marks the annotated ones. */
  @Override
  public void enableAnnotations(AnnotationBoard board) {
    if (annotator == null) {
      annotator = new ArticleAnnotator(body, document, viewModel.article(), board);
    }
  }

  /** Returns the annotating part, when annotations are enabled. */
  @Override
  public Optional<ArticleAnnotator> annotator() {
    return Optional.ofNullable(annotator);
  }
}
