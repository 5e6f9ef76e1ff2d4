package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleId;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

class SavedResultsTest {

  private static final String WIRE =
      "KAYES, March 3 - The ministry of transport said on Tuesday that the Kayes bridge over the"
          + " Senegal river will reopen to lorries on Friday after three weeks of repairs costing"
          + " 4.2 billion CFA francs.\n\nEngineer Moussa Diarra told reporters the steel deck had"
          + " been replaced and tested under a load of forty tonnes.\n\nTraders in the border"
          + " town said the closure had doubled the price of cement and rice.\n";

  @TempDir Path temp;

  @Test
  void aDeletedArticleLeavesTheSavedScanAndEventsAndRestoreBringsThemBack() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(input.resolve("wire.txt"), WIRE, StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("copy.txt"),
        "BAMAKO (Daily) - "
            + WIRE.substring(WIRE.indexOf("The ministry"))
            + "\nThe road to Dakar stays closed to buses.\n",
        StandardCharsets.UTF_8);
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingest(List.of(input), status -> {}, () -> false);
      ScanResults scan =
          new SyndicationScan(workspace, LexicalComparer.standard())
              .run(null, (stage, done, total, pairs) -> {});
      EventResults events = EventGrouping.group(workspace, 0.3, (stage, done, total, pairs) -> {});
      assertThat(scan.pairs()).isNotEmpty();
      assertThat(events.events()).isNotEmpty();
      ArticleId copy =
          workspace.articles().stream()
              .filter(a -> a.source().name().equals("copy.txt"))
              .findFirst()
              .orElseThrow()
              .id();

      workspace.delete(copy);
      Map<Path, byte[]> before = SavedResults.removeArticle(workspace.folder(), copy);

      assertThat(before).hasSize(2);
      assertThat(SyndicationScan.load(workspace.folder()).orElseThrow().pairs())
          .noneMatch(
              p -> p.source().id().equals(copy.value()) || p.derived().id().equals(copy.value()));
      assertThat(EventGrouping.load(workspace.folder()).orElseThrow().events())
          .allSatisfy(e -> assertThat(e.reports()).noneMatch(r -> r.id().equals(copy.value())));

      SavedResults.restore(workspace.folder(), before);

      assertThat(SyndicationScan.load(workspace.folder()).orElseThrow()).isEqualTo(scan);
      assertThat(EventGrouping.load(workspace.folder()).orElseThrow()).isEqualTo(events);
    }
  }
}
