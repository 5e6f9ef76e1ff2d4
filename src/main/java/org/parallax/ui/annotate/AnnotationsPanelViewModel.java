package org.parallax.ui.annotate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Annotation;
import org.parallax.model.Article;

/**
 * The annotations panel: every annotation of the workspace as a row, filtered by tag, author and
 * text; orphans are listed with their original quote. Testable without a running toolkit.
 */
final class AnnotationsPanelViewModel {

  /** The tag and author filter value that keeps everything. */
  static final String ANY = "(any)";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  /**
   * One annotation as the panel lists it.
   *
   * @param annotation the annotation
   * @param article the outlet or title of its article
   * @param quote its words
   * @param tags its tags, joined
   * @param note its note
   * @param author who wrote it
   * @param time when, in local time
   * @param orphan true when its passage was not found in the current version
   */
  record Row(
      Annotation annotation,
      String article,
      String quote,
      String tags,
      String note,
      String author,
      String time,
      boolean orphan) {}

  private final AnnotationBoard board;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<String> tagChoices = FXCollections.observableArrayList(ANY);
  private final ObservableList<String> authorChoices = FXCollections.observableArrayList(ANY);
  private final StringProperty tagFilter = new SimpleStringProperty(ANY);
  private final StringProperty authorFilter = new SimpleStringProperty(ANY);
  private final StringProperty textFilter = new SimpleStringProperty("");

  AnnotationsPanelViewModel(AnnotationBoard board) {
    this.board = board;
    board.revisionProperty().addListener((o, was, now) -> refresh());
    tagFilter.addListener((o, was, now) -> refresh());
    authorFilter.addListener((o, was, now) -> refresh());
    textFilter.addListener((o, was, now) -> refresh());
    refresh();
  }

  /** Returns the rows that pass the filters, newest first, orphans last. */
  ObservableList<Row> rows() {
    return rows;
  }

  /** Returns the tags to filter by: {@link #ANY}, then every tag in use or in the codebook. */
  ObservableList<String> tagChoices() {
    return tagChoices;
  }

  /** Returns the authors to filter by: {@link #ANY}, then every author. */
  ObservableList<String> authorChoices() {
    return authorChoices;
  }

  /** Returns the tag to keep, or {@link #ANY}. */
  StringProperty tagFilterProperty() {
    return tagFilter;
  }

  /** Returns the author to keep, or {@link #ANY}. */
  StringProperty authorFilterProperty() {
    return authorFilter;
  }

  /** Returns words that the quote, note, tags or author must contain (case-insensitive). */
  StringProperty textFilterProperty() {
    return textFilter;
  }

  /** Reads the annotations again and applies the filters. */
  void refresh() {
    List<Annotation> all = board.all();
    TreeSet<String> tags = new TreeSet<>(board.codebook());
    TreeSet<String> authors = new TreeSet<>();
    all.forEach(
        annotation -> {
          tags.addAll(annotation.tags());
          authors.add(annotation.author());
        });
    replaceChoices(tagChoices, tags);
    replaceChoices(authorChoices, authors);
    String words =
        textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
    rows.setAll(
        all.stream()
            .filter(a -> isAny(tagFilter.get()) || a.tags().contains(tagFilter.get()))
            .filter(a -> isAny(authorFilter.get()) || authorFilter.get().equals(a.author()))
            .filter(a -> words.isEmpty() || searchable(a).contains(words))
            .sorted(
                Comparator.comparing(Annotation::isOrphan)
                    .thenComparing(Annotation::created, Comparator.reverseOrder()))
            .map(this::row)
            .toList());
  }

  private Row row(Annotation annotation) {
    String article =
        board
            .article(annotation.article())
            .map(AnnotationsPanelViewModel::articleName)
            .orElse(annotation.article().value());
    return new Row(
        annotation,
        article,
        annotation.exact(),
        String.join(", ", annotation.tags()),
        annotation.note(),
        annotation.author(),
        TIME.format(annotation.modified()),
        annotation.isOrphan());
  }

  private static String articleName(Article article) {
    String outlet = article.outlet() != null ? article.outlet() : "Unknown outlet";
    return article.title() != null ? outlet + " · " + article.title() : outlet;
  }

  private static String searchable(Annotation annotation) {
    return String.join(
            "\n",
            annotation.exact(),
            annotation.note(),
            String.join(" ", annotation.tags()),
            annotation.author() == null ? "" : annotation.author())
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isAny(String filter) {
    return filter == null || filter.isEmpty() || ANY.equals(filter);
  }

  private static void replaceChoices(ObservableList<String> choices, TreeSet<String> values) {
    List<String> wanted = new ArrayList<>();
    wanted.add(ANY);
    wanted.addAll(values);
    if (!choices.equals(wanted)) {
      choices.setAll(wanted);
    }
  }
}
