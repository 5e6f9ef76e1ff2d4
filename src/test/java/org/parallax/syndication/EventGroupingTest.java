package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

class EventGroupingTest {

  @TempDir Path temp;

  private List<EventGrouping.Event> events() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
      return EventGrouping.events(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});
    }
  }

  @Test
  void groupsTheWireAndItsRewriteIntoOneEventEarliestFirst() throws Exception {
    assertThat(events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.id()).isEqualTo("wire");
              assertThat(event.reports())
                  .extracting(ReportRef::id)
                  .containsExactly("wire", "rewrite");
            });
  }

  @Test
  void buildsAMatrixWhoseSharedClaimsStartWithTheEarliestReport() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
      EventGrouping.Event event =
          EventGrouping.events(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {})
              .get(0);

      EventMatrix matrix = EventMatrix.of(workspace, event, LexicalComparer.standard());

      assertThat(matrix.claims())
          .filteredOn(claim -> claim.reports().size() == 2)
          .isNotEmpty()
          .allSatisfy(claim -> assertThat(claim.first()).isEqualTo("wire"));
      assertThat(matrix.claims())
          .filteredOn(EventMatrix.ClaimRow::onlyOnce)
          .extracting(EventMatrix.ClaimRow::text)
          .contains("Local farmers' unions called for compensation.");
    }
  }

  @Test
  void groupsTwoEventsAndLeavesTheUnrelatedReportOut() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("two"))) {
      workspace.ingestArticles(EventFixtures.twoEvents());

      EventResults results =
          EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});

      assertThat(results.events())
          .extracting(event -> event.reports().stream().map(ReportRef::id).toList())
          .containsExactlyInAnyOrder(List.of("wire", "rewrite"), List.of("concert", "review"));
    }
  }

  @Test
  void reportsAWeekApartAreNotOneEventHoweverAlike() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("week"))) {
      workspace.ingestArticles(
          List.of(
              ScanFixtures.article("monday", "Reuters", "2026-03-02", ScanFixtures.WIRE),
              ScanFixtures.article("next", "Daily Courier", "2026-03-09", ScanFixtures.REWRITE)));

      assertThat(
              EventGrouping.events(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {}))
          .isEmpty();
    }
  }

  @Test
  void savesTheEventsWithWhenAndOverHowManyArticles() throws Exception {
    Path folder = temp.resolve("saved");
    EventResults grouped;
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.ingestArticles(EventFixtures.twoEvents());
      grouped = EventGrouping.group(workspace, 0.25, (s, d, t, p) -> {});
    }

    EventResults loaded = EventGrouping.load(folder).orElseThrow();

    assertThat(loaded).isEqualTo(grouped);
    assertThat(loaded.articles()).isEqualTo(5);
    assertThat(loaded.threshold()).isEqualTo(0.25);
    assertThat(java.time.Instant.parse(loaded.groupedAt()))
        .isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());
    assertThat(folder.resolve("events").resolve("events.json")).isRegularFile();
  }

  @Test
  void loadsNothingBeforeTheFirstGrouping() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("fresh"))) {
      assertThat(EventGrouping.load(workspace.folder())).isEmpty();
    }
  }

  @Test
  void regroupingReplacesTheSavedEventsAndLeavesNoPartialFile() throws Exception {
    Path folder = temp.resolve("again");
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
      EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});
      workspace.ingestArticles(EventFixtures.twoEvents());
      EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, (s, d, t, p) -> {});
    }

    assertThat(EventGrouping.load(folder).orElseThrow().events()).hasSize(2);
    try (var files = java.nio.file.Files.list(folder.resolve("events"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("events.json", "links.json");
    }
  }

  @Test
  void namesAnUntitledEventByTheOpeningOfItsEarliestReport() throws Exception {
    assertThat(events().get(0).headline()).isEqualTo(ScanFixtures.WIRE.get(0));
  }

  @Test
  void cutsALongOpeningAtAWord() {
    String opening = "word ".repeat(100).strip();
    Article untitled = ScanFixtures.article("long", "Reuters", "2026-03-03", List.of(opening));

    assertThat(EventGrouping.headline(untitled))
        .endsWith("word…")
        .hasSizeLessThanOrEqualTo(EventGrouping.HEADLINE_CHARS + 1);
  }

  @Test
  void skipsALeadingDateLineWhenNamingAReport() {
    Article dated =
        ScanFixtures.article(
            "dated",
            null,
            "2026-03-03",
            List.of("9: 53 AM, MON 22 JUL 2013", ScanFixtures.WIRE.get(1)));

    assertThat(EventGrouping.headline(dated)).isEqualTo(ScanFixtures.WIRE.get(1));
  }
}
