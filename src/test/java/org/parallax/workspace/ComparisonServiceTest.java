package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.parallax.testing.SeedFiles;

class ComparisonServiceTest {

  private static Article seed(String name) throws Exception {
    return ArticleReaders.standard().read(SeedFiles.folder().resolve(name)).get(0);
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
    Article reuters = seed(SeedFiles.REUTERS);

    assertThat(service.analyze(reuters)).isSameAs(service.analyze(reuters));
  }

  @Test
  void sameTextUnderAnotherIdReusesTheSentencesButKeepsItsOwnArticle() throws Exception {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    Article reuters = seed(SeedFiles.REUTERS);
    AnalyzedArticle first = service.analyze(reuters);

    AnalyzedArticle copy = service.analyze(reuters.withId(new ArticleId("copy")));

    assertThat(copy.article().id().value()).isEqualTo("copy");
    assertThat(copy.sentences()).isSameAs(first.sentences());
  }

  @Test
  void givesEveryThreadTheSameResult() throws Exception {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    Article left = seed(SeedFiles.REUTERS);
    Article right = seed(SeedFiles.DIPLOMAT);
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
            .compare(seed(SeedFiles.REUTERS), seed(SeedFiles.DIPLOMAT));

    assertThat(comparison.settings()).containsEntry("useEmbeddings", "false");
  }

  @Test
  void judgesATextAndItselfTheSame() {
    String sentence = "The ministry said the bridge will reopen on Friday.";

    assertThat(ComparisonService.withoutEmbeddings().judgeTexts(sentence, sentence).relationName())
        .isEqualTo("same");
  }
}
