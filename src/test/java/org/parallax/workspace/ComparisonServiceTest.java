package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;

class ComparisonServiceTest {

  private static Article seed(String name) throws Exception {
    Path file = Path.of(System.getProperty("parallax.shared.seeds", "../shared/seeds"), name);
    assumeTrue(Files.isRegularFile(file), "seed " + file + " is absent; skipping");
    return ArticleReaders.standard().read(file).get(0);
  }

  private static Article withId(Article article, String id) {
    return new Article(
        new ArticleId(id),
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
        article.blocks(),
        article.source(),
        article.ingestedAt());
  }

  @Test
  void warmUpLoadsTheModelsBeforeTheFirstComparison() {
    ComparisonService service = ComparisonService.withEmbeddings();
    assertThat(service.loaded()).isFalse();

    service.warmUp();

    assertThat(service.loaded()).isTrue();
  }

  @Test
  void analysesAnArticleOnceAndAnswersLaterRequestsFromCache() throws Exception {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    Article reuters = seed("001_aa5dbbe83f48b604.txt");

    assertThat(service.analyze(reuters)).isSameAs(service.analyze(reuters));
  }

  @Test
  void sameTextUnderAnotherIdReusesTheSentencesButKeepsItsOwnArticle() throws Exception {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    Article reuters = seed("001_aa5dbbe83f48b604.txt");
    AnalyzedArticle first = service.analyze(reuters);

    AnalyzedArticle copy = service.analyze(withId(reuters, "copy"));

    assertThat(copy.article().id().value()).isEqualTo("copy");
    assertThat(copy.sentences()).isSameAs(first.sentences());
  }

  @Test
  void givesEveryThreadTheSameResult() throws Exception {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    Article left = seed("001_aa5dbbe83f48b604.txt");
    Article right = seed("000_67141a5d6f504527.txt");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Comparison>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> service.compare(left, right)));
      }
      Comparison expected = results.get(0).get();
      for (Future<Comparison> result : results) {
        assertThat(result.get().pairs()).isEqualTo(expected.pairs());
        assertThat(result.get().derivation()).isEqualTo(expected.derivation());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void recordsTheEngineSettingsInTheComparison() throws Exception {
    Comparison comparison =
        ComparisonService.withoutEmbeddings()
            .compare(seed("001_aa5dbbe83f48b604.txt"), seed("000_67141a5d6f504527.txt"));

    assertThat(comparison.settings()).containsEntry("useEmbeddings", "false");
  }

  @Test
  void judgesATextAndItselfTheSame() {
    String sentence = "The ministry said the bridge will reopen on Friday.";

    assertThat(ComparisonService.withoutEmbeddings().judgeTexts(sentence, sentence).relationName())
        .isEqualTo("same");
  }
}
