package org.parallax.ui.events;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ReportRef;

/**
 * State of the Events tab: the saved events (grouped on first use), the selected event's claims x
 * reports matrix (aligned in the background, kept per event) and the "only once" filter. Testable
 * without a running toolkit: slow work goes to the {@code work} executor, results to the {@code ui}
 * one.
 */
public final class EventsViewModel {

  /** How a report's cell of the matrix reads for one claim. */
  public enum Mark {
    /** The report does not carry the claim. */
    NONE,
    /** The report carries the claim. */
    HAS,
    /** The report carries the claim and is the earliest that does. */
    FIRST
  }

  private final EventSource source;
  private final Executor work;
  private final Executor ui;
  private final Clock clock;
  private final LongSupplier librarySize;
  private final ObservableList<EventGrouping.Event> events = FXCollections.observableArrayList();
  private final ObservableList<EventMatrix.ClaimRow> rows = FXCollections.observableArrayList();
  private final ObservableList<EventGrouping.Event> eventsView =
      FXCollections.unmodifiableObservableList(events);
  private final ObservableList<EventMatrix.ClaimRow> rowsView =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<EventGrouping.Event> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<EventDetail> detail = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper detailStatus = new ReadOnlyStringWrapper("");
  private final BooleanProperty onlyOnce = new SimpleBooleanProperty(false);
  private final Map<String, EventDetail> details = new HashMap<>();
  private EventResults results;
  private long articlesNow = -1;

  /**
   * Creates the tab's state.
   *
   * @param source the workspace's events
   * @param work runs grouping and alignment
   * @param ui applies results
   * @param clock tells how long ago the events were grouped
   * @param librarySize counts the workspace's articles now, to tell when the events are stale
   */
  public EventsViewModel(
      EventSource source, Executor work, Executor ui, Clock clock, LongSupplier librarySize) {
    this.source = source;
    this.work = work;
    this.ui = ui;
    this.clock = clock;
    this.librarySize = librarySize;
    onlyOnce.addListener((o, was, now) -> refreshRows());
  }

  /** Shows the saved events, grouping the workspace first when it never was. */
  public void load() {
    run(
        "Loading events…",
        () -> {
          Optional<EventResults> saved = source.saved();
          return saved.isPresent() ? saved.get() : source.group(this::linked);
        });
  }

  /** Groups the workspace again, keeping the selected event selected if it still exists. */
  void regroup() {
    run("Grouping the workspace into events…", () -> source.group(this::linked));
  }

  private void run(String doing, Callable<EventResults> job) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    progress.set(-1);
    summary.set(doing);
    work.execute(
        () -> {
          try {
            EventResults found = job.call();
            long size = librarySize.getAsLong();
            ui.execute(() -> show(found, size));
          } catch (Exception e) {
            ui.execute(
                () -> {
                  busy.set(false);
                  summary.set("Could not group the workspace into events: " + reason(e));
                });
          }
        });
  }

  private void linked(String stage, int done, int total, int links) {
    // One update per percent is plenty for a bar and spares the UI thread on large workspaces.
    if (total > 0 && (done == total || done % Math.max(1, total / 100) == 0)) {
      ui.execute(
          () -> {
            progress.set((double) done / total);
            summary.set(
                String.format(
                    Locale.ROOT,
                    "Grouping the workspace into events… %d of %d articles",
                    done,
                    total));
          });
    }
  }

  private void show(EventResults found, long size) {
    String wasSelected = selected.get() == null ? null : selected.get().id();
    results = found;
    articlesNow = size;
    details.clear();
    events.setAll(found.events());
    busy.set(false);
    progress.set(1);
    refreshSummary();
    selected.set(null);
    detail.set(null);
    rows.clear();
    events.stream()
        .filter(e -> e.id().equals(wasSelected))
        .findFirst()
        .or(() -> events.stream().findFirst())
        .ifPresent(this::select);
  }

  /** Rewrites the line above the list, so "grouped 5 min ago" stays true. */
  public void refreshSummary() {
    if (results == null || busy.get()) {
      return;
    }
    StringBuilder line = new StringBuilder();
    line.append(results.events().size())
        .append(results.events().size() == 1 ? " event" : " events")
        .append(" with two or more reports · grouped ")
        .append(EventWords.ago(Instant.parse(results.groupedAt()), clock.instant()))
        .append(", ")
        .append(results.articles())
        .append(" articles");
    if (articlesNow >= 0 && articlesNow != results.articles()) {
      line.append(" · the workspace now holds ")
          .append(articlesNow)
          .append(": Regroup to include them");
    }
    summary.set(line.toString());
  }

  /** Selects an event and shows its matrix, aligning its reports unless done before. */
  void select(EventGrouping.Event event) {
    if (event == null || (selected.get() != null && selected.get().id().equals(event.id()))) {
      return;
    }
    selected.set(event);
    EventDetail known = details.get(event.id());
    if (known != null) {
      showDetail(known);
      return;
    }
    detail.set(null);
    rows.clear();
    EventResults grouping = results;
    detailStatus.set(
        "Aligning the " + event.reports().size() + " reports with the earliest report…");
    work.execute(
        () -> {
          try {
            EventDetail aligned = source.detail(event);
            ui.execute(
                () -> {
                  // A matrix aligned for a grouping since replaced may no longer fit its event.
                  if (grouping == results) {
                    details.put(event.id(), aligned);
                  }
                  if (selected.get() == event) {
                    showDetail(aligned);
                  }
                });
          } catch (RuntimeException e) {
            ui.execute(
                () -> {
                  if (selected.get() == event) {
                    detailStatus.set("Could not align the reports: " + reason(e));
                  }
                });
          }
        });
  }

  private void showDetail(EventDetail shown) {
    detail.set(shown);
    detailStatus.set("");
    refreshRows();
  }

  private void refreshRows() {
    EventDetail shown = detail.get();
    if (shown == null) {
      rows.clear();
      return;
    }
    rows.setAll(
        shown.matrix().claims().stream()
            .filter(claim -> !onlyOnce.get() || claim.onlyOnce())
            .toList());
  }

  private static String reason(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Returns the events, largest first. */
  ObservableList<EventGrouping.Event> events() {
    return eventsView;
  }

  /** Returns the matrix rows shown: every claim, or only those a single report carries. */
  ObservableList<EventMatrix.ClaimRow> rows() {
    return rowsView;
  }

  /** Returns whether the workspace is being grouped. */
  ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Returns how far grouping has come, in [0, 1], or -1 while not known. */
  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Returns the line above the list: how many events, grouped when, over how many articles. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Returns the selected event, null before one is. */
  ReadOnlyObjectProperty<EventGrouping.Event> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Returns the selected event's matrix and report names, null while they are aligned. */
  ReadOnlyObjectProperty<EventDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  /** Returns what the matrix area says instead of a matrix (aligning, failed), or empty. */
  ReadOnlyStringProperty detailStatusProperty() {
    return detailStatus.getReadOnlyProperty();
  }

  /** Returns whether only claims a single report carries are shown. */
  BooleanProperty onlyOnceProperty() {
    return onlyOnce;
  }

  /** Returns how many claims of the selected event a single report carries. */
  long onlyOnceCount() {
    EventDetail shown = detail.get();
    return shown == null
        ? 0
        : shown.matrix().claims().stream().filter(EventMatrix.ClaimRow::onlyOnce).count();
  }

  /** Returns the selected event's earliest report, which every other is compared with. */
  Optional<ReportRef> earliest() {
    return Optional.ofNullable(selected.get()).map(e -> e.reports().get(0));
  }

  /** Returns how a report's cell reads for a claim. */
  static Mark markOf(EventMatrix.ClaimRow claim, String reportId) {
    if (!claim.reports().contains(reportId)) {
      return Mark.NONE;
    }
    return reportId.equals(claim.first()) ? Mark.FIRST : Mark.HAS;
  }
}
