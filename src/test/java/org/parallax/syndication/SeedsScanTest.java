package org.parallax.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.EcbPlusDocument;
import org.parallax.evaluation.EcbPlusReader;
import org.parallax.model.Article;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.Workspace;

/**
 * The done-when case of the scan: the two seeds among a few hundred unrelated ECB+ reports, scanned
 * as the product does (with the embedding re-check). The Diplomat.so report must come out as
 * derived from Reuters and uncredited, and no pair may join reports of different ECB+ topics or a
 * seed with an ECB+ report.
 */
class SeedsScanTest {

  private static final int OTHER_REPORTS = 300;

  @TempDir static Path temp;

  private static ScanResults results;
  private static Map<String, EcbPlusDocument> ecbById;
  private static String reutersId;
  private static String diplomatId;

  @BeforeAll
  static void scanSeedsAmongEcbPlus() throws Exception {
    Path data = Path.of(System.getProperty("parallax.shared.data", "../shared/data"));
    Path corpus = data.resolve("ecbplus").resolve("ECB+");
    assumeTrue(
        Files.isDirectory(corpus), "ECB+ not found in " + data + "; skipping the seeds scan");
    List<EcbPlusDocument> documents =
        EcbPlusReader.readAll(corpus).stream()
            .sorted(Comparator.comparing(EcbPlusDocument::name))
            .limit(OTHER_REPORTS)
            .toList();
    ecbById =
        documents.stream()
            .collect(Collectors.toMap(d -> d.article().id().value(), Function.identity()));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      List<Article> seedArticles =
          workspace.ingest(SeedFiles.both(), status -> {}, () -> false).stored();
      reutersId = idOf(seedArticles, "001_");
      diplomatId = idOf(seedArticles, "000_");
      workspace.ingestArticles(documents.stream().map(EcbPlusDocument::article).toList());
      results = SyndicationScan.standard(workspace).run(null, (s, d, t, p) -> {});
    }
  }

  @Test
  void findsDiplomatDerivedFromReutersUncredited() {
    assertThat(results.pairs())
        .anySatisfy(
            pair -> {
              assertThat(pair.derived().id()).isEqualTo(diplomatId);
              assertThat(pair.source().id()).isEqualTo(reutersId);
              assertThat(pair.verdict()).isEqualTo(ScanPair.DERIVED);
              assertThat(pair.credited()).isFalse();
            });
  }

  @Test
  void pairsNoSeedWithAnUnrelatedReport() {
    assertThat(results.pairs())
        .allSatisfy(
            pair ->
                assertThat(isSeed(pair.source().id()))
                    .as("%s with %s", pair.source().id(), pair.derived().id())
                    .isEqualTo(isSeed(pair.derived().id())));
  }

  @Test
  void pairsNoReportsOfDifferentEcbPlusTopics() {
    assertThat(results.pairs())
        .filteredOn(pair -> !isSeed(pair.source().id()))
        .allSatisfy(
            pair ->
                assertThat(ecbById.get(pair.source().id()).topic())
                    .as("%s with %s", pair.source().id(), pair.derived().id())
                    .isEqualTo(ecbById.get(pair.derived().id()).topic()));
  }

  private static boolean isSeed(String id) {
    return id.equals(reutersId) || id.equals(diplomatId);
  }

  private static String idOf(List<Article> articles, String filePrefix) {
    return articles.stream()
        .filter(a -> a.source().name().contains(filePrefix))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }
}
