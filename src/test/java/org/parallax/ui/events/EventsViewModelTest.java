package org.parallax.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.syndication.EventGrouping;
import org.parallax.syndication.EventMatrix;
import org.parallax.syndication.EventResults;
import org.parallax.syndication.ReportRef;
import org.parallax.syndication.ScanProgress;

class EventsViewModelTest {

  private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");

  private static final EventGrouping.Event FIRE =
      new EventGrouping.Event(
          "wire",
          "A fire destroyed 40,000 tonnes of wheat",
          List.of(
              new ReportRef("wire", "Reuters", null, "2026-03-03", null),
              new ReportRef("rewrite", "Daily Courier", null, "2026-03-04T09:00:00Z", null),
              new ReportRef("copy", "Reuters", null, "2026-03-05", null)));

  private static final EventGrouping.Event CONCERT =
      new EventGrouping.Event(
          "concert",
          "The national orchestra opened its season",
          List.of(
              new ReportRef("concert", null, null, null, null),
              new ReportRef("review", null, null, null, null)));

  private static final EventMatrix.ClaimRow SHARED =
      new EventMatrix.ClaimRow(
          "The fire destroyed wheat.", "wire", List.of("wire", "rewrite"), false);
  private static final EventMatrix.ClaimRow ONCE =
      new EventMatrix.ClaimRow(
          "Farmers called for compensation.", "rewrite", List.of("rewrite"), true);

  /** The seam the tab reads the workspace through, counting what it was asked. */
  private static final class FakeSource implements EventSource {
    Optional<EventResults> saved = Optional.empty();
    EventResults grouped = results("2026-03-11T11:59:30Z", 5, FIRE, CONCERT);
    int groupings;
    final List<String> aligned = new ArrayList<>();

    @Override
    public Optional<EventResults> saved() {
      return saved;
    }

    @Override
    public EventResults group(ScanProgress listener) throws IOException {
      groupings++;
      for (int done = 1; done <= 4; done++) {
        listener.update("link", done, 4, done);
      }
      if (grouped == null) {
        throw new IOException("disk full");
      }
      return grouped;
    }

    @Override
    public EventDetail detail(EventGrouping.Event event) {
      aligned.add(event.id());
      return new EventDetail(
          new EventMatrix(event.id(), event.reports(), List.of(SHARED, ONCE)),
          Map.of("wire", "Fire at the port"));
    }
  }

  private static EventResults results(String at, int articles, EventGrouping.Event... events) {
    return new EventResults(at, articles, EventGrouping.DEFAULT_THRESHOLD, 10, List.of(events));
  }

  private final FakeSource source = new FakeSource();
  private long librarySize = 5;
  private final EventsViewModel model =
      new EventsViewModel(
          source,
          Runnable::run,
          Runnable::run,
          Clock.fixed(NOW, ZoneOffset.UTC),
          () -> librarySize);

  @Test
  void showsTheSavedEventsWithoutGroupingAgain() {
    source.saved = Optional.of(results("2026-03-11T10:00:00Z", 5, CONCERT));

    model.load();

    assertThat(model.events()).containsExactly(CONCERT);
    assertThat(source.groupings).isZero();
  }

  @Test
  void groupsTheWorkspaceWhenNoEventsAreSaved() {
    model.load();

    assertThat(model.events()).containsExactly(FIRE, CONCERT);
    assertThat(source.groupings).isEqualTo(1);
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void tellsWhenAndOverHowManyArticlesTheEventsWereGrouped() {
    source.saved = Optional.of(results("2026-03-11T10:00:00Z", 5, FIRE, CONCERT));

    model.load();

    assertThat(model.summaryProperty().get())
        .isEqualTo("2 events with two or more reports · grouped 2 h ago, 5 articles");
  }

  @Test
  void tellsWhenTheWorkspaceHoldsArticlesTheEventsDoNotCover() {
    source.saved = Optional.of(results("2026-03-11T10:00:00Z", 5, FIRE));
    librarySize = 7;

    model.load();

    assertThat(model.summaryProperty().get())
        .endsWith("the workspace now holds 7: Regroup to include them");
  }

  @Test
  void regroupingGroupsAgainAndKeepsTheSelectedEvent() {
    source.saved = Optional.of(results("2026-03-11T10:00:00Z", 5, FIRE, CONCERT));
    model.load();
    model.select(CONCERT);

    model.regroup();

    assertThat(source.groupings).isEqualTo(1);
    assertThat(model.selectedProperty().get()).isEqualTo(CONCERT);
    assertThat(model.summaryProperty().get()).contains("grouped just now");
  }

  @Test
  void reportsGroupingProgressAsAShareOfTheArticles() {
    List<Double> seen = new ArrayList<>();
    model.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));

    model.load();

    assertThat(seen).containsSubsequence(0.25, 0.5, 0.75, 1.0);
  }

  @Test
  void saysWhyGroupingFailed() {
    source.grouped = null;

    model.load();

    assertThat(model.summaryProperty().get())
        .isEqualTo("Could not group the workspace into events: disk full");
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void selectsTheLargestEventOnceLoadedAndAlignsIt() {
    model.load();

    assertThat(model.selectedProperty().get()).isEqualTo(FIRE);
    assertThat(model.rows()).containsExactly(SHARED, ONCE);
    assertThat(model.detailProperty().get().headlines()).containsEntry("wire", "Fire at the port");
  }

  @Test
  void alignsEachEventOnceAndReusesItsMatrix() {
    model.load();
    model.select(CONCERT);
    model.select(FIRE);
    model.select(CONCERT);

    assertThat(source.aligned).containsExactly("wire", "concert");
  }

  @Test
  void onlyOnceKeepsTheClaimsASingleReportCarries() {
    model.load();

    model.onlyOnceProperty().set(true);

    assertThat(model.rows()).containsExactly(ONCE);
    assertThat(model.onlyOnceCount()).isEqualTo(1);
  }

  @Test
  void marksTheEarliestReportCarryingAClaimAsFirst() {
    assertThat(EventsViewModel.markOf(SHARED, "wire")).isEqualTo(EventsViewModel.Mark.FIRST);
    assertThat(EventsViewModel.markOf(SHARED, "rewrite")).isEqualTo(EventsViewModel.Mark.HAS);
    assertThat(EventsViewModel.markOf(SHARED, "copy")).isEqualTo(EventsViewModel.Mark.NONE);
  }

  @Test
  void namesEachOutletOnceInTheOrderTheyReported() {
    assertThat(EventWords.outlets(FIRE)).isEqualTo("Reuters, Daily Courier");
    assertThat(EventWords.outlets(CONCERT)).isEqualTo("Unknown outlet");
  }

  @Test
  void spansTheFirstToTheLastPublicationDate() {
    assertThat(EventWords.span(FIRE)).isEqualTo("2026-03-03 – 2026-03-05");
    assertThat(EventWords.span(CONCERT)).isEqualTo("undated");
  }

  @Test
  void saysHowLongAgoAsAPersonWould() {
    assertThat(EventWords.ago(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
    assertThat(EventWords.ago(NOW.minusSeconds(300), NOW)).isEqualTo("5 min ago");
    assertThat(EventWords.ago(NOW.minusSeconds(7_300), NOW)).isEqualTo("2 h ago");
    assertThat(EventWords.ago(NOW.minusSeconds(90_000), NOW)).isEqualTo("1 day ago");
  }

  @Test
  void headsAReportColumnWithItsDayAndMonth() {
    assertThat(EventWords.dayOf("2026-03-10T12:02+03:00")).isEqualTo("10 Mar");
    assertThat(EventWords.dayOf("2026-03")).isEqualTo("2026-03");
    assertThat(EventWords.dayOf(null)).isEqualTo("undated");
  }

  @Test
  void saysWhoHadAClaimFirstAndWhoElseCarriesIt() {
    assertThat(EventWords.carriers(SHARED, FIRE.reports()))
        .isEqualTo(
            "First in R1 Reuters (3 Mar) · also in R2 Daily Courier (4 Mar) (2 of 3 reports)");
    assertThat(EventWords.carriers(ONCE, FIRE.reports()))
        .isEqualTo("Only in R2 Daily Courier (4 Mar)");
  }
}
