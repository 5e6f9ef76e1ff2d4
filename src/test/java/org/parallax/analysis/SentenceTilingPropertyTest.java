package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.testing.Articles;

class SentenceTilingPropertyTest {

  private static final String[] WORDS = {
    "the",
    "The",
    "U.S.",
    "Dept.",
    "Jan.",
    "Mr.",
    "said",
    "officials",
    "$1.5",
    "million",
    "3.5",
    "percent",
    "Mali",
    "\"quoted",
    "words\"",
    "\u201Ccurly\u201D",
    "it",
    "in",
    "on",
    "F.",
    "No.",
    "2,000",
    "people",
    "—",
    "(JNIM)",
    "Bamako,",
    "what?",
    "yes!",
    "e.g.",
    "\u00A0",
    "a",
    "Inc."
  };
  private static final String[] ENDS = {".", "?", "!", ".\"", "", "..."};

  @Test
  void sentencesTileTheNonWhitespaceContentOfEveryBlock() {
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    System.out.println(
        "SentenceTilingPropertyTest seed " + seed + " (replay: -Dparallax.test.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int round = 0; round < 30; round++) {
      checkTiling(randomArticle(random), seed);
    }
  }

  private static void checkTiling(ArticleText input, long seed) {
    AnalyzedArticle result = SharedAnalyzer.get().analyze(Articles.of(input.text, input.blocks));
    int next = 0;
    for (Block block : input.blocks) {
      StringBuilder covered = new StringBuilder();
      while (next < result.sentences().size()
          && block.span().contains(result.sentences().get(next).sentence().span())) {
        AnalyzedSentence s = result.sentences().get(next++);
        covered.append(s.text());
        for (Token t : s.tokens()) {
          assertThat(s.sentence().span().contains(t.span())).as("seed %d", seed).isTrue();
        }
      }
      assertThat(nonWhitespace(covered.toString()))
          .as("seed %d block %s", seed, block)
          .isEqualTo(nonWhitespace(block.span().of(input.text)));
    }
    assertThat(next).as("seed %d", seed).isEqualTo(result.sentences().size());
  }

  private static String nonWhitespace(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }

  private record ArticleText(String text, List<Block> blocks) {}

  private static ArticleText randomArticle(Random random) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    int paragraphs = 1 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (random.nextBoolean()) {
        text.append("Byline line\n\n");
      }
      int start = text.length();
      int sentences = 1 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        int words = 1 + random.nextInt(14);
        for (int w = 0; w < words; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)])
              .append(random.nextInt(8) == 0 ? "  " : " ");
        }
        text.setLength(text.length() - 1);
        text.append(ENDS[random.nextInt(ENDS.length)]).append(' ');
      }
      blocks.add(new Block(BlockKind.values()[random.nextInt(3)], new Span(start, text.length())));
      text.append("\n\n");
    }
    return new ArticleText(text.toString(), blocks);
  }
}
