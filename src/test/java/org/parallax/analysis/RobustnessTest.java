package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;
import org.parallax.testing.Articles;

class RobustnessTest {

  private static final String TEXT =
      "Officials said 3 people died \uD83D\uDE22 in Gao on Monday. \"We mourn,\" the mayor said.";

  @Test
  void articleWithoutBlocksHasNoSentences() {
    assertThat(SharedAnalyzer.get().analyze(Articles.of("Byline only", List.of())).sentences())
        .isEmpty();
  }

  @Test
  void blankBlockHasNoSentences() {
    List<Block> blocks = List.of(new Block(BlockKind.BODY, new Span(0, 3)));
    assertThat(SharedAnalyzer.get().analyze(Articles.of("   ", blocks)).sentences()).isEmpty();
  }

  @Test
  void keepsOffsetsAfterCharactersOutsideTheBasicPlane() {
    AnalyzedArticle article = SharedAnalyzer.get().analyze(Articles.body(TEXT));
    assertThat(article.sentences())
        .allSatisfy(s -> assertThat(s.sentence().span().of(TEXT)).isEqualTo(s.text()));
    assertThat(article.sentences().get(1).text()).isEqualTo("\"We mourn,\" the mayor said.");
  }

  @Test
  void givesTheSameResultFromConcurrentThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<AnalyzedArticle> a =
          pool.submit(() -> SharedAnalyzer.get().analyze(Articles.body(TEXT)));
      Future<AnalyzedArticle> b =
          pool.submit(() -> SharedAnalyzer.get().analyze(Articles.body(TEXT)));
      assertThat(withoutEmbeddings(a.get())).isEqualTo(withoutEmbeddings(b.get()));
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> withoutEmbeddings(AnalyzedArticle article) {
    return article.sentences().stream().map(AnalyzedSentence::toString).toList();
  }
}
