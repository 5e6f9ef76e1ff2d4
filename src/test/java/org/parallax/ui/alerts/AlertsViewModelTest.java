package org.parallax.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanPair;
import org.parallax.watch.Alert;

class AlertsViewModelTest {

  private static Alert alert(String derivedId, String sourceId, Boolean credited) {
    return new Alert(
        "2026-03-10T09:30:00Z",
        derivedId,
        new ReportRef(
            derivedId, "Diplomat.so", null, "2026-03-10T12:02+03:00", "The United States"),
        new ReportRef(sourceId, "Reuters", null, "2026-03-09", "The U.S. is nearing a deal"),
        ScanPair.DERIVED,
        credited,
        0.61,
        new ScanPair.Coverage(0.71, 0.38),
        0.08);
  }

  @Test
  void savedAlertsAreListedButNotCountedAsNew() {
    AlertsViewModel model = new AlertsViewModel();
    model.load(List.of(alert("d1", "s1", false), alert("d2", "s1", false)));

    assertThat(model.alerts()).extracting(a -> a.derived().id()).containsExactly("d2", "d1");
    assertThat(model.unseenProperty().get()).isZero();
  }

  @Test
  void arrivingAlertsComeFirstAndCountUntilSeen() {
    AlertsViewModel model = new AlertsViewModel();
    model.load(List.of(alert("d1", "s1", false)));
    model.arrived(alert("d2", "s1", false));
    model.arrived(alert("d2", "s1", false));

    assertThat(model.alerts()).extracting(a -> a.derived().id()).containsExactly("d2", "d1");
    assertThat(model.unseenProperty().get()).isEqualTo(1);
    model.seen();
    assertThat(model.unseenProperty().get()).isZero();
  }

  @Test
  void aRowSaysWhoRestatesWhomWhetherCreditedAndHowSure() {
    assertThat(AlertsViewModel.headline(alert("d1", "s1", false)))
        .isEqualTo(
            "Diplomat.so (2026-03-10)  ←  Reuters (2026-03-09)   NOT credited · confidence 0.61");
    assertThat(AlertsViewModel.headline(alert("d1", "s1", null))).contains("credit unknown");
    assertThat(AlertsViewModel.details(alert("d1", "s1", true)))
        .isEqualTo(
            "71% restated from the source: The United States  ·  alert 2026-03-10 09:30 UTC");
  }
}
