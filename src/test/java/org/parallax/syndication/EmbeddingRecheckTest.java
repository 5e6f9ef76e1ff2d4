package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.workspace.EmbeddingComparer;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/**
 * The scan's re-check with the bundled MiniLM model: a rewrite that restates a wire report in other
 * words, quoting one passage of it (lexical coverage 26%, 38% with embeddings), and a report on
 * another event in the same words that shares the wire's background paragraph (in the band, 27%
 * either way); with one more sentence worded like the wire's, the lexical pass lists that report
 * (48%) and the re-check drops it (27%).
 */
class EmbeddingRecheckTest {

  /** The wire report. */
  static final List<String> WIRE =
      List.of(
          "Chile's copper output fell 7% in April from a year earlier as heavy rain flooded two"
              + " open-pit mines in the Atacama region, the national statistics institute said on"
              + " Thursday.",
          "Production at the Escondida mine, the world's largest, was halted for eleven days after"
              + " a retaining wall collapsed, operator BHP told investors.",
          "Mining minister Aurora Williams said the government would release emergency funds to"
              + " repair access roads and expected output to recover by the end of June.",
          "\"We have never seen this much water in the desert, and the companies will need several"
              + " weeks to pump the pits dry before the trucks can go back in,\" Williams told"
              + " reporters in Santiago.",
          "Copper prices rose 2% on the London Metal Exchange after the figures were published.",
          "Chile is the world's biggest copper producer and accounts for about a quarter of global"
              + " supply, most of it shipped from the ports of Antofagasta and San Antonio to"
              + " smelters in China.");

  /** The same facts in other words, with the minister's quotation copied. */
  static final List<String> PARAPHRASE =
      List.of(
          "Torrential downpours that swamped a pair of open-cast pits in the Atacama desert cut"
              + " Chilean copper production by seven percent last month, official statistics"
              + " showed on Thursday.",
          "BHP informed shareholders that its Escondida site, the biggest of its kind anywhere, was"
              + " idle for a week and a half after a containment barrier gave way.",
          "Emergency money will be made available to mend the damaged access roads, minister"
              + " Williams said, predicting that the mines would be back at full capacity before"
              + " July.",
          "\"We have never seen this much water in the desert, and the companies will need several"
              + " weeks to pump the pits dry before the trucks can go back in,\" Williams told"
              + " reporters in Santiago.",
          "The price of the metal climbed two percent in London once the data came out.");

  /** Another story on Chilean copper, a strike, in the same words, with the wire's background. */
  static final List<String> UNRELATED =
      List.of(
          "Workers at a copper mine in the Atacama region walked out on Monday over pay, halting"
              + " production for the second time this year, their union said.",
          "The union's leader said in Santiago that the pits would stay closed until the"
              + " companies paid the truck drivers what they were owed.",
          "The mining minister said the government would not intervene in the dispute and urged"
              + " both sides to return to talks.",
          "Analysts said a strike lasting more than a week could lower national copper output in"
              + " the third quarter.",
          "Chile is the world's biggest copper producer and accounts for about a quarter of global"
              + " supply, most of it shipped from the ports of Antofagasta and San Antonio to"
              + " smelters in China.");

  /**
   * The strike story with the union leader "told reporters in Santiago", as the minister did in the
   * wire: enough shared words for the lexical pass to align that sentence with the quotation.
   */
  static final List<String> UNRELATED_CLOSER =
      UNRELATED.stream()
          .map(
              p ->
                  p.replace(
                      "The union's leader said in Santiago",
                      "The union's leader told reporters in Santiago"))
          .toList();

  private static LexicalComparer lexical;
  private static EmbeddingComparer embeddings;

  @TempDir Path temp;

  @BeforeAll
  static void loadEngines() {
    lexical = LexicalComparer.standard();
    embeddings = EmbeddingComparer.standard(lexical);
  }

  private static List<Article> reports() {
    return List.of(
        ScanFixtures.article("wire", "Reuters", "2026-05-07", WIRE),
        ScanFixtures.article("paraphrase", "Diplomat.so", "2026-05-08", PARAPHRASE),
        ScanFixtures.article("strike", "Mining Weekly", "2026-05-11", UNRELATED));
  }

  private ScanResults scan(boolean recheck) throws Exception {
    return scan(recheck, reports());
  }

  private ScanResults scan(boolean recheck, List<Article> reports) throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve(recheck ? "rechecked" : "lexical"))) {
      workspace.ingestArticles(reports);
      return new SyndicationScan(workspace, lexical, recheck ? embeddings : null)
          .run(null, (stage, done, total, pairs) -> {});
    }
  }

  @Test
  void lexicalPassMissesTheParaphrasedRewrite() throws Exception {
    assertThat(scan(false).pairs()).isEmpty();
  }

  @Test
  void recheckFindsTheParaphrasedRewrite() throws Exception {
    ScanResults results = scan(true);

    assertThat(results.pairs()).hasSize(1);
    ScanPair pair = results.pairs().get(0);
    assertThat(pair.source().id()).isEqualTo("wire");
    assertThat(pair.derived().id()).isEqualTo("paraphrase");
    assertThat(pair.verdict()).isEqualTo(ScanPair.DERIVED);
    assertThat(pair.decidedBy()).isEqualTo(ScanPair.EMBEDDINGS);
    assertThat(pair.coverage().derivedBySource()).isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void recheckDoesNotPromoteTheUnrelatedReportInTheBand() throws Exception {
    ScanResults results = scan(true);

    // Both compared pairs could reach the line with embeddings, so both were re-checked ...
    assertThat(results.comparedPairs()).isEqualTo(2);
    assertThat(results.recheckedPairs()).isEqualTo(2);
    // ... and only the paraphrase came out listed.
    assertThat(results.pairs()).noneMatch(p -> p.derived().id().equals("strike"));
  }

  @Test
  void recheckDropsAnUnrelatedReportTheLexicalPassListed() throws Exception {
    List<Article> reports =
        List.of(
            ScanFixtures.article("wire", "Reuters", "2026-05-07", WIRE),
            ScanFixtures.article("strike", "Mining Weekly", "2026-05-11", UNRELATED_CLOSER));

    assertThat(scan(false, reports).pairs())
        .extracting(p -> p.derived().id())
        .containsExactly("strike");
    ScanResults rechecked = scan(true, reports);
    assertThat(rechecked.recheckedPairs()).isEqualTo(1);
    assertThat(rechecked.pairs()).isEmpty();
  }
}
