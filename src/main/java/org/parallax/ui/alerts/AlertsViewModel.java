package org.parallax.ui.alerts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.report.DerivationWords;
import org.parallax.syndication.ReportRef;
import org.parallax.ui.ReportLabels;
import org.parallax.watch.Alert;

/**
 * State of the Alerts list: every alert of the workspace, newest first, and how many arrived since
 * the user last looked (the badge). Changed on the UI thread only; testable without a window.
 */
final class AlertsViewModel {

  private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(0);
  private final Set<String> shown = new HashSet<>();

  /** Returns the alerts, newest first. */
  ObservableList<Alert> alerts() {
    return alerts;
  }

  /** Returns how many alerts arrived since the list was last looked at. */
  ReadOnlyIntegerProperty unseenProperty() {
    return unseen.getReadOnlyProperty();
  }

  /** Takes the alerts saved before the window opened: listed, but not new. */
  void load(List<Alert> saved) {
    for (Alert alert : saved) {
      if (shown.add(alert.key())) {
        alerts.add(0, alert);
      }
    }
  }

  /** Takes an alert the watcher just raised: listed first and counted as not yet seen. */
  void arrived(Alert alert) {
    if (shown.add(alert.key())) {
      alerts.add(0, alert);
      unseen.set(unseen.get() + 1);
    }
  }

  /** The user is looking at the list: nothing is new any more. */
  void seen() {
    unseen.set(0);
  }

  /** Returns the first line of an alert: who restates whom, credit and confidence. */
  static String headline(Alert alert) {
    return String.format(
        Locale.ROOT,
        "%s  ←  %s   %s · confidence %.2f",
        who(alert.derived()),
        who(alert.source()),
        alert.credited() == null
            ? "credit unknown"
            : alert.credited() ? "credited" : "NOT credited",
        alert.confidence());
  }

  /** Returns the second line: the derived report's headline and when the alert was raised. */
  static String details(Alert alert) {
    String name = alert.derived().displayName();
    String when =
        alert.raisedAt() == null ? "" : alert.raisedAt().substring(0, 16).replace('T', ' ');
    return String.format(
        Locale.ROOT,
        "%s restated from the source%s  ·  alert %s UTC",
        DerivationWords.percent(alert.coverage() == null ? 0 : alert.coverage().derivedBySource()),
        name == null ? "" : ": " + name,
        when);
  }

  private static String who(ReportRef report) {
    String date = report.published() == null ? "undated" : report.published();
    return ReportLabels.outletOf(report.outlet())
        + " ("
        + (date.length() > 10 ? date.substring(0, 10) : date)
        + ")";
  }
}
