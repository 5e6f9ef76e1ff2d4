package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.testing.Articles;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/**
 * New, replaced and deleted articles joining saved events give the groups of a full regrouping of
 * the same library: the seeds (Reuters, then Diplomat.so) and reports of other events.
 */
class IncrementalEventsTest {

  private static final ScanProgress QUIET = (stage, done, total, pairs) -> {};

  /** A later, independent report of the port fire (ids and figures as the wire's). */
  private static final List<String> FIRE_FOLLOW_UP =
      List.of(
          "Shipping stayed halted at two berths of Valparaiso on Wednesday after a fire destroyed"
              + " more than 40,000 tonnes of wheat in a grain warehouse, the port authority said.",
          "Harbour master Elena Rojas said investigators had not yet found the cause of the fire.",
          "Exporters said the closure of the berths would delay wheat shipments to Peru.");

  @TempDir Path temp;

  @Test
  void newArticlesJoinTheSavedEventsAsAFullRegroupingGroupsThem() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      String reuters = storedId(workspace, SeedFiles.reuters());
      workspace.ingestArticles(firstArticles());
      EventResults before = EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);

      String diplomat = storedId(workspace, SeedFiles.diplomat());
      workspace.ingestArticles(laterArticles());
      EventResults incremental = IncrementalEvents.update(workspace, 1, QUIET).orElseThrow();
      EventResults full = EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);

      assertThat(groups(incremental)).isEqualTo(groups(full));
      assertThat(groups(incremental)).hasSizeGreaterThan(groups(before).size());
      assertThat(groups(incremental))
          .anySatisfy(group -> assertThat(group).contains("rewrite", "follow-up", "wire"))
          .anySatisfy(group -> assertThat(group).containsExactly("concert", "review"))
          .anySatisfy(group -> assertThat(group).containsExactlyInAnyOrder(reuters, diplomat));
      assertThat(incremental.articles()).isEqualTo(full.articles());
    }
  }

  @Test
  void aDeletedAndAReplacedArticleRegroupAsAFullRegroupingDoes() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      workspace.ingestArticles(firstArticles());
      workspace.ingestArticles(laterArticles());
      EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);

      workspace.delete(new ArticleId("rewrite"));
      // The review replaced by a version on the fire: it leaves the concert and joins the fire.
      workspace.ingestArticles(
          List.of(ScanFixtures.article("review", "ERR News", "2026-03-04", ScanFixtures.REWRITE)));
      EventResults incremental = IncrementalEvents.update(workspace, 1, QUIET).orElseThrow();
      EventResults full = EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);

      assertThat(groups(incremental)).isEqualTo(groups(full));
      assertThat(groups(incremental))
          .anySatisfy(group -> assertThat(group).contains("review", "wire"))
          .noneSatisfy(group -> assertThat(group).contains("rewrite"))
          .noneSatisfy(group -> assertThat(group).contains("concert"));
    }
  }

  @Test
  void aLibraryUnchangedSinceTheGroupingKeepsItsSavedEvents() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(firstArticles());
      EventResults saved = EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);

      assertThat(IncrementalEvents.update(workspace, 1, QUIET)).contains(saved);
    }
  }

  @Test
  void aWorkspaceNeverGroupedHasNothingToUpdate() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(firstArticles());

      assertThat(IncrementalEvents.update(workspace, 1, QUIET)).isEmpty();
    }
  }

  @Test
  void changesBeyondTheDriftLimitAskForAFullGrouping() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(firstArticles());
      EventGrouping.group(workspace, EventGrouping.DEFAULT_THRESHOLD, QUIET);
      workspace.ingestArticles(laterArticles());

      Optional<EventResults> update =
          IncrementalEvents.update(workspace, IncrementalEvents.DRIFT_LIMIT, QUIET);

      assertThat(update).isEmpty();
    }
  }

  private static String storedId(Workspace workspace, Path file) {
    return workspace
        .ingest(List.of(file), IngestProgress.NONE, () -> false)
        .stored()
        .get(0)
        .id()
        .value();
  }

  /** The port fire's wire report, a concert report and three reports of no event. */
  private static List<Article> firstArticles() {
    return List.of(
        ScanFixtures.article("wire", "Reuters", "2026-03-03", ScanFixtures.WIRE),
        ScanFixtures.article("concert", "Baltic News", "2026-03-06", ScanFixtures.OTHER),
        ScanFixtures.article("rates", "Business Daily", "2026-03-05", EventFixtures.UNRELATED),
        Articles.withId("harvest")
            .outlet("Farm Weekly")
            .published("2026-03-05")
            .paragraphs(
                "Farmers in the Canterbury plains began the barley harvest two weeks early after"
                    + " a dry summer, the regional growers' association said.",
                "Yields were expected to be a tenth below last year's.")
            .build(),
        Articles.withId("election")
            .outlet("The Northern Post")
            .published("2026-03-04")
            .paragraphs(
                "Voters in Reykjavik chose a new city council on Saturday, with turnout the"
                    + " highest since 1994.",
                "The Independence Party lost two of its seats.")
            .build());
  }

  /** The fire's rewrite and a follow-up, and a second report of the concert. */
  private static List<Article> laterArticles() {
    return List.of(
        ScanFixtures.article("rewrite", "Daily Courier", "2026-03-04", ScanFixtures.REWRITE),
        ScanFixtures.article("follow-up", "Andes Times", "2026-03-04", FIRE_FOLLOW_UP),
        ScanFixtures.article("review", "ERR News", "2026-03-07", EventFixtures.CONCERT_REVIEW));
  }

  /** The events as their reports' ids, in the order given, each event's ids sorted. */
  private static List<List<String>> groups(EventResults results) {
    return results.events().stream()
        .map(e -> e.reports().stream().map(ReportRef::id).sorted().toList())
        .toList();
  }
}
