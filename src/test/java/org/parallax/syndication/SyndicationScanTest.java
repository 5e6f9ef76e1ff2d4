package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

class SyndicationScanTest {

  private static LexicalComparer comparer;

  @TempDir Path temp;

  @BeforeAll
  static void loadEngine() {
    comparer = LexicalComparer.standard();
  }

  private ScanResults scan(boolean credited, LocalDate since) throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.ingestArticles(ScanFixtures.wireRewriteAndOther(credited));
      return new SyndicationScan(workspace, comparer).run(since, (s, d, t, p) -> {});
    }
  }

  @Test
  void findsTheRewriteDerivedFromTheWire() throws Exception {
    ScanResults results = scan(false, null);

    assertThat(results.pairs()).hasSize(1);
    ScanPair pair = results.pairs().get(0);
    assertThat(pair.source().id()).isEqualTo("wire");
    assertThat(pair.derived().id()).isEqualTo("rewrite");
    assertThat(pair.verdict()).isEqualTo(ScanPair.DERIVED);
    assertThat(pair.coverage().derivedBySource()).isGreaterThan(0.5);
    assertThat(pair.verbatimShare()).isGreaterThan(0.2);
  }

  @Test
  void namesAnUntitledReportByTheOpeningOfItsText() throws Exception {
    ReportRef source = scan(false, null).pairs().get(0).source();

    assertThat(source.title()).isNull();
    assertThat(source.headline()).startsWith(ScanFixtures.WIRE.get(0).substring(0, 40));
    assertThat(source.displayName()).isEqualTo(source.headline());
  }

  @Test
  void reportsAnUncreditedRewriteAsUncredited() throws Exception {
    assertThat(scan(false, null).pairs().get(0).credited()).isFalse();
  }

  @Test
  void reportsACreditedRewriteAsCredited() throws Exception {
    assertThat(scan(true, null).pairs().get(0).credited()).isTrue();
  }

  @Test
  void verifiesEachCandidatePairOnce() throws Exception {
    assertThat(scan(false, null).comparedPairs()).isEqualTo(1);
  }

  @Test
  void scansOnlyArticlesPublishedSinceTheDateGiven() throws Exception {
    ScanResults results = scan(false, LocalDate.parse("2026-03-04"));

    assertThat(results.articles()).isEqualTo(2);
    assertThat(results.pairs()).extracting(p -> p.derived().id()).containsExactly("rewrite");
  }

  @Test
  void savesResultsThatLoadBackEqual() throws Exception {
    ScanResults results = scan(false, null);

    assertThat(SyndicationScan.load(temp.resolve("ws"))).contains(results);
  }

  @Test
  void recordsThatTheLexicalPassDecidedEveryPairWithoutRecheck() throws Exception {
    ScanResults results = scan(false, null);

    assertThat(results.embeddingRecheck()).isFalse();
    assertThat(results.recheckedPairs()).isZero();
    assertThat(results.pairs()).extracting(ScanPair::decidedBy).containsOnly(ScanPair.LEXICAL);
  }

  @Test
  void loadsResultsSavedBeforeTheEmbeddingRecheckExisted() throws Exception {
    Path folder = temp.resolve("old");
    Files.createDirectories(folder.resolve("scan"));
    Files.writeString(
        folder.resolve("scan").resolve("results.json"),
        """
        {
          "scannedAt": "2026-11-22T16:13:04.805462276Z",
          "since": null,
          "articles": 302,
          "candidatePairs": 427,
          "comparedPairs": 376,
          "millis": 34635,
          "pairs": [
            {
              "source": {"id": "6736aa315c22263e", "outlet": "Reuters", "title": null,
                         "published": "2026-03-09"},
              "derived": {"id": "9edccf9cd2db999b", "outlet": "Diplomat.so", "title": null,
                          "published": "2026-03-10T12:02+03:00"},
              "verdict": "derived-from-source",
              "confidence": 0.9395,
              "coverage": {"derivedBySource": 0.5747, "sourceByDerived": 0.3293},
              "verbatimShare": 0.0844,
              "credited": false,
              "sharedFingerprints": 9
            }
          ]
        }
        """,
        StandardCharsets.UTF_8);

    ScanResults results = SyndicationScan.load(folder).orElseThrow();

    assertThat(results.comparedPairs()).isEqualTo(376);
    assertThat(results.embeddingRecheck()).isFalse();
    assertThat(results.recheckedPairs()).isZero();
    assertThat(results.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(pair.decidedBy()).isEqualTo(ScanPair.LEXICAL);
              assertThat(pair.coverage().derivedBySource()).isEqualTo(0.5747);
            });
  }

  @Test
  void loadsNothingBeforeTheFirstScan() throws Exception {
    assertThat(SyndicationScan.load(temp.resolve("never-scanned"))).isEmpty();
  }
}
