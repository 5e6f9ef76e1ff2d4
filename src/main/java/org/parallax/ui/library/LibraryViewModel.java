package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.PublishedGroups;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.ui.UserError;
import org.parallax.workspace.Library;
import org.parallax.workspace.SearchRequest;

/**
 * State of the library side: the query, the facet values checked, the hits and which are selected.
 * Searches run on a background executor; results are applied on the UI executor.
 */
public final class LibraryViewModel {

  /** The facet of outlets, as the library names it. */
  static final String OUTLET_FACET = "outlet";

  /** The facet of annotation tags, as the library names it. */
  static final String TAG_FACET = "annotation tag";

  /** The facet of publication dates, as the library names it. */
  static final String DATE_FACET = "published";

  /**
   * The most rows listed: every match of any library this window is meant for (the table is
   * virtualised, so rows cost memory, not drawing time).
   */
  private static final int LIMIT = 1_000_000;

  private final Executor work;
  private final Executor ui;
  private final ObjectProperty<Library> library = new SimpleObjectProperty<>();
  private final StringProperty query = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
  private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
  private final ObjectProperty<LibraryOrder> order =
      new SimpleObjectProperty<>(LibraryOrder.RELEVANCE);
  private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
  private final ObservableList<FacetCount> outlets = FXCollections.observableArrayList();
  private final ObservableList<FacetCount> outletsView =
      FXCollections.unmodifiableObservableList(outlets);
  private final ObservableList<FacetCount> dates = FXCollections.observableArrayList();
  private final ObservableList<FacetCount> datesView =
      FXCollections.unmodifiableObservableList(dates);
  private final ObservableSet<String> checkedOutlets = FXCollections.observableSet();
  private final ObservableSet<String> checkedOutletsView =
      FXCollections.unmodifiableObservableSet(checkedOutlets);
  private final ObservableList<FacetCount> tags = FXCollections.observableArrayList();
  private final ObservableList<FacetCount> tagsView =
      FXCollections.unmodifiableObservableList(tags);
  private final ObservableSet<String> checkedTags = FXCollections.observableSet();
  private final ObservableSet<String> checkedTagsView =
      FXCollections.unmodifiableObservableSet(checkedTags);
  private final ObservableSet<String> checkedDates = FXCollections.observableSet();
  private final ObservableSet<String> checkedDatesView =
      FXCollections.unmodifiableObservableSet(checkedDates);
  private final ObservableList<SearchHit> selected = FXCollections.observableArrayList();
  private final BooleanBinding twoSelected = Bindings.size(selected).isEqualTo(2);
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong previewGeneration = new AtomicLong();
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper searchesDone = new ReadOnlyIntegerWrapper();
  private final LibraryDeletion deletion;

  /**
   * Creates the library state.
   *
   * @param work runs searches (a background thread in the window)
   * @param ui applies results (the JavaFX thread in the window)
   */
  public LibraryViewModel(Executor work, Executor ui) {
    this.work = work;
    this.ui = ui;
    this.deletion = new LibraryDeletion(this, work, ui);
    library.addListener((o, was, now) -> search());
    selected.addListener(
        (ListChangeListener<SearchHit>)
            c -> preview(selected.size() == 1 ? selected.get(0) : null));
  }

  /**
   * Returns where the query matches in the one selected row (matched words in {@code <b>}); empty
   * with no query, no single selection, or no match in the body.
   */
  ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** Returns the selected row's extract (see {@link #previewProperty}). */
  String getPreview() {
    return preview.get();
  }

  private void preview(SearchHit hit) {
    long mine = previewGeneration.incrementAndGet();
    String typed = query.get() == null ? "" : query.get().strip();
    Library target = library.get();
    if (hit == null || typed.isEmpty() || target == null) {
      preview.set("");
      return;
    }
    work.execute(
        () -> {
          String found;
          try {
            found = target.snippet(hit.id(), typed);
          } catch (RuntimeException unreadable) {
            // The query's own error is shown under the search field.
            found = "";
          }
          String shown = found;
          ui.execute(
              () -> {
                if (mine == previewGeneration.get()) {
                  preview.set(shown);
                }
              });
        });
  }

  /** Returns the deletion of this library's selection, with its undo. */
  public LibraryDeletion deletion() {
    return deletion;
  }

  /** Returns the library searched; null until the workspace is open. */
  ObjectProperty<Library> libraryProperty() {
    return library;
  }

  /** Returns the library searched; null until the workspace is open. */
  Library getLibrary() {
    return library.get();
  }

  /** Sets the library to search and searches it. */
  public void setLibrary(Library value) {
    library.set(value);
  }

  /** Returns the query in Lucene syntax; blank for every article. */
  StringProperty queryProperty() {
    return query;
  }

  /** Returns the query in Lucene syntax. */
  String getQuery() {
    return query.get();
  }

  /** Sets the query in Lucene syntax. */
  public void setQuery(String value) {
    query.set(value);
  }

  /** Returns the order of the rows: relevance, or the column the user sorted on. */
  ObjectProperty<LibraryOrder> orderProperty() {
    return order;
  }

  /** Returns the order of the rows. */
  LibraryOrder getOrder() {
    return order.get();
  }

  /** Sorts the rows anew: the index orders every match, so sorting costs no more than searching. */
  void setOrder(LibraryOrder value) {
    if (!value.equals(order.get())) {
      order.set(value);
      search();
    }
  }

  /** Returns the message shown under the search field when the query cannot be run. */
  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Returns the message shown when the query cannot be run, empty when it ran. */
  String getError() {
    return error.get();
  }

  /** Returns how many articles matched in all. */
  ReadOnlyLongProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  /** Returns the hits shown, best first. */
  public ObservableList<SearchHit> hits() {
    return hitsView;
  }

  /** Returns the outlet facet's values with counts. */
  ObservableList<FacetCount> outlets() {
    return outletsView;
  }

  /**
   * Returns the date facet's values with counts, by year, month or day ({@link PublishedGroups}).
   */
  ObservableList<FacetCount> dates() {
    return datesView;
  }

  /** Returns the annotation tag facet's values with counts (articles carrying each tag). */
  ObservableList<FacetCount> tags() {
    return tagsView;
  }

  /** Returns the annotation tags checked for drill-down. */
  ObservableSet<String> checkedTags() {
    return checkedTagsView;
  }

  /** Checks or unchecks an annotation tag and searches again. */
  void toggleTag(String tag) {
    toggle(checkedTags, tag);
  }

  /** Returns the outlets checked for drill-down. */
  ObservableSet<String> checkedOutlets() {
    return checkedOutletsView;
  }

  /** Returns the dates checked for drill-down. */
  ObservableSet<String> checkedDates() {
    return checkedDatesView;
  }

  /** Returns the hits the user selected; the view keeps it in step with the list. */
  public ObservableList<SearchHit> selected() {
    return selected;
  }

  /** Returns true exactly when two hits are selected, so Compare can run. */
  public BooleanBinding twoSelectedBinding() {
    return twoSelected;
  }

  /** Returns how many searches have completed (or failed), so a caller can wait for one. */
  public ReadOnlyIntegerProperty searchesDoneProperty() {
    return searchesDone.getReadOnlyProperty();
  }

  /** Checks or unchecks an outlet and searches again. */
  void toggleOutlet(String outlet) {
    toggle(checkedOutlets, outlet);
  }

  /**
   * Checks or unchecks a year, month or day and searches again. Checking a month inside a checked
   * year (or a day inside a checked month) narrows to it rather than adding it, so the year, month
   * and day buttons drill down.
   */
  void toggleDate(String date) {
    if (!checkedDates.remove(date)) {
      checkedDates.removeIf(checked -> PublishedGroups.overlap(checked, date));
      checkedDates.add(date);
    }
    search();
  }

  /** Runs the current search in the background; a newer search supersedes an older one. */
  public void search() {
    Library target = library.get();
    if (target == null) {
      return;
    }
    long mine = generation.incrementAndGet();
    SearchRequest request =
        new SearchRequest(
            withTags(query.get() == null ? "" : query.get().strip()),
            new ArrayList<>(checkedOutlets),
            new ArrayList<>(checkedDates),
            false,
            LIMIT);
    LibraryOrder sorted = order.get();
    work.execute(
        () -> {
          try {
            SearchResults results = target.browse(request, sorted);
            ui.execute(() -> apply(mine, results));
          } catch (RuntimeException e) {
            ui.execute(() -> fail(mine, e));
          }
        });
  }

  /** Narrows a query to the checked annotation tags (the index's {@code tag:} field). */
  private String withTags(String typed) {
    StringBuilder narrowed = new StringBuilder(typed.isEmpty() ? "" : "(" + typed + ")");
    for (String tag : new TreeSet<>(checkedTags)) {
      narrowed.append(narrowed.length() == 0 ? "" : " AND ");
      narrowed.append("tag:\"").append(tag.replace("\"", "")).append('"');
    }
    return narrowed.toString();
  }

  private void toggle(ObservableSet<String> set, String value) {
    if (!set.remove(value)) {
      set.add(value);
    }
    search();
  }

  private void apply(long mine, SearchResults results) {
    if (mine != generation.get()) {
      return;
    }
    error.set("");
    total.set(results.total());
    hits.setAll(results.hits());
    Map<String, List<FacetCount>> facets = results.facets();
    outlets.setAll(facets.getOrDefault(OUTLET_FACET, List.of()));
    dates.setAll(PublishedGroups.of(facets.getOrDefault(DATE_FACET, List.of())));
    tags.setAll(facets.getOrDefault(TAG_FACET, List.of()));
    searchesDone.set(searchesDone.get() + 1);
  }

  private void fail(long mine, RuntimeException failure) {
    if (mine != generation.get()) {
      return;
    }
    String message = UserError.of("Search", failure, "").message();
    error.set("Cannot run this query: " + message + ". Check quotes, brackets and AND/OR/NOT.");
    searchesDone.set(searchesDone.get() + 1);
  }
}
