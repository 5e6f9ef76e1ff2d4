package org.parallax.ui.library;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Span;
import org.parallax.ui.StyledRange;
import org.parallax.ui.annotate.AnnotateActions;
import org.parallax.ui.annotate.AnnotateAlerts;
import org.parallax.ui.annotate.AnnotationBoard;
import org.parallax.ui.annotate.AnnotationDialog;
import org.parallax.ui.annotate.AnnotationDialogViewModel;
import org.parallax.ui.annotate.Annotator;

/** Annotating in an article tab: Annotate… on the selected words, and marks on annotated ones. */
final class ArticleAnnotator implements Annotator {

  private final StyleClassedTextArea area;
  private final ArticleDocument document;
  private final Article article;
  private final AnnotationBoard board;

  ArticleAnnotator(
      StyleClassedTextArea area, ArticleDocument document, Article article, AnnotationBoard board) {
    this.area = area;
    this.document = document;
    this.article = article;
    this.board = board;
    MenuItem annotate = new MenuItem("Annotate…");
    annotate.setAccelerator(AnnotateActions.ANNOTATE_KEY);
    annotate.setOnAction(e -> annotate());
    area.setContextMenu(new ContextMenu(annotate));
    board.revisionProperty().addListener((o, was, now) -> refresh());
    refresh();
  }

  /** Marks the annotated words of the article. */
  void refresh() {
    List<StyledRange> runs = document.marks(board.forArticle(article.id()));
    area.setStyleSpans(0, StyledRange.spans(document.text().length(), runs));
  }

  /** Opens the Annotate… dialog for the selected words. */
  @Override
  public void annotate() {
    IndexRange selected = area.getSelection();
    Optional<Span> passage =
        selected.getLength() == 0
            ? Optional.empty()
            : document.articleSpan(selected.getStart(), selected.getEnd());
    Window owner = area.getScene() == null ? null : area.getScene().getWindow();
    if (passage.isEmpty()) {
      AnnotateAlerts.nothingSelected(owner, "Select some words of the report");
      return;
    }
    try {
      new AnnotationDialog(new AnnotationDialogViewModel(board, article, passage.get()), owner)
          .showAndSave();
    } catch (IOException e) {
      AnnotateAlerts.notSaved(owner, e);
    }
  }

  /** Selects an annotation's words and scrolls to them; false when it is not in this article. */
  @Override
  public boolean reveal(Annotation annotation) {
    if (annotation.isOrphan() || !annotation.article().equals(article.id())) {
      return false;
    }
    int start = document.areaOffset(annotation.span().start());
    int end = document.areaOffset(annotation.span().end() - 1);
    if (start < 0 || end < 0) {
      return false;
    }
    area.selectRange(start, end + 1);
    area.requestFollowCaret();
    return true;
  }

  /** Returns true when an annotation is on this article. */
  @Override
  public boolean shows(Annotation annotation) {
    return annotation.article().equals(article.id());
  }
}
