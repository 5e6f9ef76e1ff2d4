package org.parallax.ui.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.parallax.annotate.ProjectedAnnotation;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Annotation;
import org.parallax.model.Comparison;
import org.parallax.model.Span;
import org.parallax.ui.annotate.AnnotateActions;
import org.parallax.ui.annotate.AnnotateAlerts;
import org.parallax.ui.annotate.AnnotationBoard;
import org.parallax.ui.annotate.AnnotationDialog;
import org.parallax.ui.annotate.AnnotationDialogViewModel;
import org.parallax.ui.annotate.Annotator;

/**
 * Annotating in a comparison: Annotate… on a pane's selected words or on the selected claim, the
 * marks of annotations in both panes (those following an alignment marked as from the partner), and
 * jumping to an annotation.
 */
final class ComparisonAnnotator implements Annotator {

  private final ComparisonView view;
  private final AnnotationBoard board;
  private Side lastPane = Side.LEFT;

  ComparisonAnnotator(ComparisonView view, AnnotationBoard board) {
    this.view = view;
    this.board = board;
    for (Side side : Side.values()) {
      ClaimPane pane = view.pane(side);
      pane.area().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lastPane = side);
      MenuItem annotate = new MenuItem("Annotate…");
      annotate.setAccelerator(AnnotateActions.ANNOTATE_KEY);
      annotate.setOnAction(
          e -> {
            lastPane = side;
            annotate();
          });
      pane.area().setContextMenu(new ContextMenu(annotate));
    }
    board.revisionProperty().addListener((o, was, now) -> refresh());
    refresh();
  }

  /** Marks every annotation of the two articles in both panes. */
  void refresh() {
    List<Annotation> shown = annotationsOfBothSides();
    Comparison comparison = view.viewModel().comparison();
    for (Side side : Side.values()) {
      ClaimPane pane = view.pane(side);
      pane.mark(AnnotationMarks.runs(comparison, pane.document(), side == Side.LEFT, shown));
    }
  }

  /**
   * Opens the Annotate… dialog for the words selected in the last pane used, or else for the
   * selected claim on that side.
   */
  @Override
  public void annotate() {
    Optional<Span> passage = passage(lastPane).or(() -> passage(other(lastPane)));
    Window owner = view.root().getScene() == null ? null : view.root().getScene().getWindow();
    if (passage.isEmpty()) {
      AnnotateAlerts.nothingSelected(owner, "Select some words in either report, or click a claim");
      return;
    }
    AnalyzedArticle article = article(passageSide);
    try {
      new AnnotationDialog(
              new AnnotationDialogViewModel(board, article.article(), passage.get()), owner)
          .showAndSave();
    } catch (IOException e) {
      AnnotateAlerts.notSaved(owner, e);
    }
  }

  private Side passageSide = Side.LEFT;

  private Optional<Span> passage(Side side) {
    ClaimPane pane = view.pane(side);
    IndexRange selected = pane.area().getSelection();
    AnalyzedArticle article = article(side);
    Optional<Span> found = Optional.empty();
    if (selected.getLength() > 0) {
      found =
          AnnotationMarks.articleSpan(
              article, pane.document(), selected.getStart(), selected.getEnd());
    } else {
      ComparisonViewModel.Selection claim = view.viewModel().getSelection();
      found =
          AnnotationMarks.sentencesSpan(article, side == Side.LEFT ? claim.left() : claim.right());
    }
    if (found.isPresent()) {
      passageSide = side;
    }
    return found;
  }

  /**
   * Selects the claim an annotation is on (or follows onto) and scrolls to it.
   *
   * @return false when the annotation is on neither article or is an orphan
   */
  @Override
  public boolean reveal(Annotation annotation) {
    if (annotation.isOrphan()) {
      return false;
    }
    for (Side side : Side.values()) {
      AnalyzedArticle article = article(side);
      if (!article.article().id().equals(annotation.article())) {
        continue;
      }
      for (AnalyzedSentence sentence : article.sentences()) {
        if (sentence.sentence().span().overlaps(annotation.span())) {
          view.viewModel().selectSentence(side, sentence.n());
          return true;
        }
      }
    }
    return false;
  }

  /** Returns true when an annotation is on one of the two articles. */
  @Override
  public boolean shows(Annotation annotation) {
    return article(Side.LEFT).article().id().equals(annotation.article())
        || article(Side.RIGHT).article().id().equals(annotation.article());
  }

  /** Returns lines for the details pane: the annotations on the selected claim. */
  List<String> linesFor(ComparisonViewModel.Selection selection) {
    Comparison comparison = view.viewModel().comparison();
    List<Annotation> all = annotationsOfBothSides();
    Set<String> lines = new LinkedHashSet<>();
    for (Side side : Side.values()) {
      List<Integer> sentences = side == Side.LEFT ? selection.left() : selection.right();
      for (int n : sentences) {
        for (ProjectedAnnotation shown :
            AnnotationMarks.on(comparison, side == Side.LEFT, n, all)) {
          Annotation a = shown.annotation();
          String where =
              shown.fromPartner()
                  ? " (from " + view.viewModel().outlet(other(side)) + ", the aligned claim)"
                  : " (" + view.viewModel().outlet(side) + ")";
          lines.add(
              "["
                  + String.join(", ", a.tags())
                  + "] “"
                  + a.exact()
                  + "”"
                  + (a.note().isBlank() ? "" : " — " + a.note())
                  + " · "
                  + a.author()
                  + where);
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private List<Annotation> annotationsOfBothSides() {
    List<Annotation> shown = new ArrayList<>(board.forArticle(article(Side.LEFT).article().id()));
    if (!article(Side.RIGHT).article().id().equals(article(Side.LEFT).article().id())) {
      shown.addAll(board.forArticle(article(Side.RIGHT).article().id()));
    }
    return shown;
  }

  private AnalyzedArticle article(Side side) {
    Comparison comparison = view.viewModel().comparison();
    return side == Side.LEFT ? comparison.left() : comparison.right();
  }

  private static Side other(Side side) {
    return side == Side.LEFT ? Side.RIGHT : Side.LEFT;
  }
}
