package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.parallax.ui.StyledRange;

/**
 * One side of a comparison: the outlet and metadata above a read-only, wrapped text area with one
 * styled paragraph per sentence.
 */
final class ClaimPane {

  private final StyleClassedTextArea area = new StyleClassedTextArea();
  private final VirtualizedScrollPane<StyleClassedTextArea> scroll;
  private final BorderPane root = new BorderPane();
  private final PaneDocument document;

  ClaimPane(String id, String outlet, String metadata, PaneDocument document) {
    this.document = document;
    area.setId(id);
    area.setEditable(false);
    area.setWrapText(true);
    area.getStyleClass().add("claim-area");
    area.replaceText(document.text());
    for (int n = 0; n < document.paragraphs(); n++) {
      area.setParagraphStyle(n, document.paragraphClasses().get(n));
    }
    area.setStyleSpans(0, StyledRange.spans(document.text().length(), document.runs()));
    area.moveTo(0);
    scroll = new VirtualizedScrollPane<>(area);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Label name = new Label(outlet);
    name.getStyleClass().add("pane-outlet");
    Label meta = new Label(metadata);
    meta.getStyleClass().add("pane-meta");
    meta.setWrapText(true);
    VBox header = new VBox(2, name, meta);
    header.getStyleClass().add("pane-header");
    root.setTop(header);
    root.setCenter(scroll);
    root.getStyleClass().add("claim-pane");
  }

  /** Returns the pane's node. */
  BorderPane root() {
    return root;
  }

  /** Returns what the pane shows. */
  PaneDocument document() {
    return document;
  }

  /** Shows the document's own styles plus {@code extra} runs (annotation marks). */
  void mark(List<StyledRange> extra) {
    PaneDocument marked = document.withRuns(extra);
    area.setStyleSpans(0, StyledRange.spans(marked.text().length(), marked.runs()));
  }

  /** Returns the text area. */
  StyleClassedTextArea area() {
    return area;
  }

  /** Marks the given sentences as selected, clearing the previous selection. */
  void select(Collection<Integer> sentences) {
    for (int n = 0; n < document.paragraphs(); n++) {
      List<String> classes = new ArrayList<>(document.paragraphClasses().get(n));
      if (sentences.contains(n)) {
        classes.add(ClaimStyles.SELECTED);
      }
      if (!classes.equals(new ArrayList<>(area.getParagraph(n).getParagraphStyle()))) {
        area.setParagraphStyle(n, classes);
      }
    }
  }

  /** Returns the first sentence shown at the top of the viewport, or -1 when none. */
  int topSentence() {
    if (area.getVisibleParagraphs().isEmpty()) {
      return -1;
    }
    return area.visibleParToAllParIndex(0);
  }

  /** Returns the last sentence shown in the viewport, or -1 when none. */
  int bottomSentence() {
    int visible = area.getVisibleParagraphs().size();
    return visible == 0 ? -1 : area.visibleParToAllParIndex(visible - 1);
  }

  /** Returns a sentence's bounds on screen when it is laid out in the viewport. */
  Optional<Bounds> boundsOnScreen(int sentence) {
    if (sentence < 0 || sentence >= document.paragraphs()) {
      return Optional.empty();
    }
    return area.getParagraphBoundsOnScreen(sentence);
  }

  /** Returns how far below the top of the viewport a sentence starts, if it is laid out. */
  Optional<Double> offsetFromTop(int sentence) {
    Bounds viewport = area.localToScreen(area.getLayoutBounds());
    if (viewport == null) {
      return Optional.empty();
    }
    return boundsOnScreen(sentence).map(b -> b.getMinY() - viewport.getMinY());
  }

  /** Scrolls so that a sentence starts {@code offset} pixels below the top of the viewport. */
  void showAt(int sentence, double offset) {
    if (sentence < 0 || sentence >= document.paragraphs()) {
      return;
    }
    area.showParagraphAtTop(sentence);
    area.layout();
    Optional<Double> now = offsetFromTop(sentence);
    area.scrollYBy(now.orElse(0.0) - offset);
  }
}
