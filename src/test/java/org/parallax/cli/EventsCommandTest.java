package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.syndication.EventFixtures;
import org.parallax.syndication.ScanFixtures;
import org.parallax.testing.Articles;
import org.parallax.workspace.Workspace;

class EventsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path workspace;

  @BeforeEach
  void storeOneEvent() throws Exception {
    workspace = temp.resolve("ws");
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(ScanFixtures.wireRewriteAndOther(false));
    }
  }

  @Test
  void eventsSavesTheGroupingInTheWorkspace() {
    CommandRun events = CommandRun.in(workspace, "events");

    assertThat(events.exitCode()).isZero();
    assertThat(workspace.resolve("events").resolve("events.json")).isRegularFile();
  }

  @Test
  void eventsJsonTellsWhenAndOverHowManyArticlesItGrouped() throws Exception {
    JsonNode events = JSON.readTree(CommandRun.in(workspace, "events", "--json").out());

    assertThat(events.get("articles").asInt()).isEqualTo(3);
    assertThat(events.get("groupedAt").asText()).endsWith("Z");
    assertThat(events.get("events").get(0).get("headline").asText())
        .startsWith("The port authority of Valparaiso");
  }

  @Test
  void savedPrintsTheLastGroupingWithoutGroupingAgain() throws Exception {
    String first = CommandRun.in(workspace, "events").out();
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(EventFixtures.twoEvents());
    }

    CommandRun saved = CommandRun.in(workspace, "events", "--saved");

    assertThat(saved.exitCode()).isZero();
    assertThat(saved.out()).isEqualTo(first).startsWith("1 event(s)");
    assertThat(saved.err()).contains("over 3 articles");
    assertThat(CommandRun.in(workspace, "events").out()).startsWith("2 event(s)");
  }

  @Test
  void eventsAfterAFewNewArticlesUpdatesTheSavedGroupingAsAFullOneWouldGroup() throws Exception {
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(EventFixtures.twoEvents().subList(0, 3));
      // A library large enough that two new articles stay under the drift limit (a tenth).
      List<Article> notices = new ArrayList<>();
      for (int day = 0; day < 200; day += 10) {
        notices.add(
            Articles.withId("notice-" + day)
                .outlet("Parish Gazette")
                .published(LocalDate.of(2025, 1, 1).plusDays(day).toString())
                .paragraphs("The parish council met on the " + day + "th day to discuss parking.")
                .build());
      }
      open.ingestArticles(notices);
    }
    CommandRun.in(workspace, "events");
    try (Workspace open = Workspace.open(workspace)) {
      open.ingestArticles(EventFixtures.twoEvents().subList(3, 5));
    }

    CommandRun updated = CommandRun.in(workspace, "events");
    CommandRun full = CommandRun.in(workspace, "events", "--full");

    assertThat(updated.err()).contains("updated the saved grouping");
    assertThat(full.err()).doesNotContain("updated the saved grouping");
    assertThat(updated.out()).isEqualTo(full.out()).startsWith("2 event(s)");
  }

  @Test
  void savedMatrixUsesTheSavedEvents() {
    CommandRun.in(workspace, "events");

    CommandRun matrix = CommandRun.in(workspace, "events", "--saved", "--matrix", "rewrite");

    assertThat(matrix.exitCode()).isZero();
    assertThat(matrix.out()).contains("Event wire: 2 reports");
  }

  @Test
  void savedBeforeAnyGroupingExitsWithOneAndSaysWhatToRun() {
    CommandRun saved = CommandRun.in(workspace, "events", "--saved");

    assertThat(saved.exitCode()).isEqualTo(1);
    assertThat(saved.out()).isEmpty();
    assertThat(saved.err()).contains("no saved events").contains("run parallax events");
  }

  @Test
  void savedWithAThresholdExitsWithTwo() {
    assertThat(CommandRun.in(workspace, "events", "--saved", "--threshold", "0.5").exitCode())
        .isEqualTo(2);
  }
}
