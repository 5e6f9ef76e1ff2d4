package org.parallax.ui.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.annotate.Anchorer;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Span;

/**
 * The Annotate… dialog: the quoted words, a check box per codebook tag, a note; saving stores the
 * annotation at once. Testable without a running toolkit.
 */
public final class AnnotationDialogViewModel {

  private final AnnotationBoard board;
  private final Article article;
  private final Span span;
  private final Annotation existing;
  private final Map<String, BooleanProperty> tags = new LinkedHashMap<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final BooleanBinding canSave;

  /**
   * Prepares the dialog for a passage.
   *
   * @param board the window's annotations
   * @param article the article version the span points into
   * @param span the passage, in chars of the article's text
   */
  public AnnotationDialogViewModel(AnnotationBoard board, Article article, Span span) {
    this(board, article, span, null);
  }

  /**
   * Prepares the dialog to edit an annotation's tags and note; its passage stays.
   *
   * @param board the window's annotations
   * @param existing the annotation to edit
   */
  AnnotationDialogViewModel(AnnotationBoard board, Annotation existing) {
    this(board, null, null, existing);
  }

  private AnnotationDialogViewModel(
      AnnotationBoard board, Article article, Span span, Annotation existing) {
    this.board = board;
    this.article = article;
    this.span = span;
    this.existing = existing;
    for (String tag : board.codebook()) {
      tags.put(tag, new SimpleBooleanProperty(false));
    }
    if (existing != null) {
      // A tag since removed from the codebook still shows, checked, so saving keeps it.
      existing.tags().forEach(tag -> tags.computeIfAbsent(tag, t -> new SimpleBooleanProperty()));
      existing.tags().forEach(tag -> tags.get(tag).set(true));
      note.set(existing.note());
    }
    BooleanBinding anyTag = Bindings.createBooleanBinding(() -> false);
    for (BooleanProperty checked : tags.values()) {
      anyTag = anyTag.or(checked);
    }
    canSave = anyTag.or(note.isNotEmpty());
  }

  /** Returns the annotated words, as they stand in the article. */
  String quote() {
    return existing != null ? existing.exact() : span.of(article.text()).strip();
  }

  /** Returns true when the dialog edits an annotation rather than making one. */
  boolean editing() {
    return existing != null;
  }

  /** Returns who the annotation will be signed by. */
  String author() {
    return board.author();
  }

  /** Returns the codebook tags in order. */
  List<String> tagNames() {
    return List.copyOf(tags.keySet());
  }

  /** Returns whether a tag is checked. */
  BooleanProperty tagProperty(String tag) {
    return tags.get(tag);
  }

  /** Returns the note. */
  StringProperty noteProperty() {
    return note;
  }

  /** Returns true when a tag is checked or a note written. */
  BooleanBinding canSaveProperty() {
    return canSave;
  }

  /**
   * Saves the annotation at once (the edited one keeps its id, passage and creation time).
   *
   * @throws IOException when it cannot be saved; nothing changed then
   */
  Annotation save() throws IOException {
    List<String> chosen = new ArrayList<>();
    tags.forEach(
        (tag, checked) -> {
          if (checked.get()) {
            chosen.add(tag);
          }
        });
    if (existing != null) {
      return board.edit(existing, chosen, note.get().strip());
    }
    return board.annotate(
        article,
        Anchorer.withoutSurroundingWhitespace(span, article.text()),
        chosen,
        note.get().strip());
  }
}
