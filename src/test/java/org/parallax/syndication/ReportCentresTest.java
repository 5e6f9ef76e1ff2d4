package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleId;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;

/**
 * The full grouping's keys, cut to the words that can name a key read, group the events tests'
 * reports exactly as the keys holding every word: same answer for every pair, same clusters.
 */
class ReportCentresTest {

  private static final ScanProgress QUIET = (stage, done, total, pairs) -> {};

  @TempDir Path temp;

  @Test
  void narrowedKeysGroupAsTheFullKeysDo() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      workspace.ingestArticles(EventFixtures.twoEvents());
      List<ArticleId> ids = workspace.index().currentIds(null);

      Map<String, EventGrouping.EventKeys> full =
          ReportCentres.read(workspace, ids, QUIET, workspace.boilerplate());
      Map<String, EventGrouping.EventKeys> narrowed = ReportCentres.narrowed(full);
      EventGrouping.Links links = EventGrouping.links(workspace, QUIET);

      assertThat(narrowed.keySet()).isEqualTo(full.keySet()).hasSize(ids.size());
      for (String a : full.keySet()) {
        for (String b : full.keySet()) {
          assertThat(narrowed.get(a).apartFrom(narrowed.get(b)))
              .as("%s against %s", a, b)
              .isEqualTo(full.get(a).apartFrom(full.get(b)));
        }
      }
      List<List<String>> withFullKeys =
          EventGrouping.cluster(
              new EventGrouping.Links(links.keys(), links.links(), full),
              EventGrouping.DEFAULT_THRESHOLD);
      assertThat(EventGrouping.cluster(links, EventGrouping.DEFAULT_THRESHOLD))
          .isEqualTo(withFullKeys)
          .anySatisfy(event -> assertThat(event).contains("wire", "rewrite"));
    }
  }
}
