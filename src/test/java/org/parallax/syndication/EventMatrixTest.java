package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/** The claims x reports matrix of one event, built with the lexical engine on stored reports. */
class EventMatrixTest {

  private static final String FIRE =
      "A fire in a grain warehouse at the port of Valparaiso destroyed more than 40,000 tonnes of"
          + " wheat on Tuesday, the port authority said.";
  private static final String BERTHS =
      "Two berths will stay closed until engineers have checked the quay walls, the harbour"
          + " master told reporters on Wednesday.";
  private static final String FARMERS =
      "Local farmers said the loss of the stored wheat would push up bread prices across the"
          + " region this winter.";

  @TempDir Path temp;

  @Test
  void aClaimTwoLaterReportsShareWithoutTheEarliestIsOneRowCarriedByBoth() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(
          List.of(
              ScanFixtures.article("wire", "Reuters", "2026-03-03", List.of(FIRE)),
              ScanFixtures.article("daily", "Daily Courier", "2026-03-04", List.of(FIRE, BERTHS)),
              ScanFixtures.article(
                  "herald", "Port Herald", "2026-03-05", List.of(FIRE, BERTHS, FARMERS))));
      EventGrouping.Event event =
          new EventGrouping.Event(
              "wire",
              "fire",
              List.of("wire", "daily", "herald").stream()
                  .map(id -> ReportRef.of(workspace.article(new ArticleId(id)).get()))
                  .toList());

      EventMatrix matrix = EventMatrix.of(workspace, event, LexicalComparer.standard());

      assertThat(matrix.claims())
          .extracting(EventMatrix.ClaimRow::text, EventMatrix.ClaimRow::reports)
          .containsExactly(
              tuple(FIRE, List.of("wire", "daily", "herald")),
              tuple(BERTHS, List.of("daily", "herald")),
              tuple(FARMERS, List.of("herald")));
      assertThat(matrix.claims())
          .extracting(EventMatrix.ClaimRow::onlyOnce)
          .containsExactly(false, false, true);
      assertThat(matrix.claims().get(1).first()).isEqualTo("daily");
    }
  }

  @Test
  void photoCaptionsAreNoClaims() throws Exception {
    String caption = "FILE PHOTO: Smoke rises over the grain terminal at the port of Valparaiso.";
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(
          List.of(
              captionFirst(
                  ScanFixtures.article("wire", "Reuters", "2026-03-03", List.of(caption, FIRE))),
              captionFirst(
                  ScanFixtures.article(
                      "daily", "Daily Courier", "2026-03-04", List.of(caption, FIRE)))));
      EventGrouping.Event event =
          new EventGrouping.Event(
              "wire",
              "fire",
              List.of(
                  ReportRef.of(workspace.article(new ArticleId("wire")).get()),
                  ReportRef.of(workspace.article(new ArticleId("daily")).get())));

      EventMatrix matrix = EventMatrix.of(workspace, event, LexicalComparer.standard());

      assertThat(matrix.claims())
          .extracting(EventMatrix.ClaimRow::text, EventMatrix.ClaimRow::reports)
          .containsExactly(tuple(FIRE, List.of("wire", "daily")));
    }
  }

  /** Returns the article with its first block marked as a photo caption. */
  private static Article captionFirst(Article article) {
    List<Block> blocks = new ArrayList<>(article.blocks());
    blocks.set(0, new Block(BlockKind.CAPTION, blocks.get(0).span()));
    return new Article(
        article.id(),
        article.version(),
        article.contentHash(),
        article.outlet(),
        article.url(),
        article.title(),
        article.byline(),
        article.dateline(),
        article.published(),
        article.language(),
        article.text(),
        blocks,
        article.source(),
        article.ingestedAt());
  }
}
