package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
