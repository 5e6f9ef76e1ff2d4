package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expected pieces are what MiniLM's own tokenizer file (run by HuggingFace tokenizers) gives. */
class WordPieceTokenizerTest {

  private static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void readVocabulary() throws Exception {
    try (InputStream in =
        WordPieceTokenizerTest.class
            .getClassLoader()
            .getResourceAsStream("bert-vocabulary-en.txt")) {
      tokenizer = WordPieceTokenizer.read(in, MiniLmModel.MAX_TOKENS);
    }
  }

  @Test
  void lowerCasesStripsAccentsAndSplitsPunctuation() {
    assertThat(tokenizer.pieces("Hello, World! Café naïve résumé U.S.-led $1.5bn"))
        .containsExactly(
            "[CLS]", "hello", ",", "world", "!", "cafe", "naive", "resume", "u", ".", "s", ".", "-",
            "led", "$", "1", ".", "5", "##bn", "[SEP]");
  }

  @Test
  void curlyQuotesApostrophesAndTickersBecomePieces() {
    assertThat(tokenizer.pieces("“quoted” don't <CAWL.L>"))
        .containsExactly(
            "[CLS]", "“", "quoted", "”", "don", "'", "t", "<", "ca", "##wl", ".", "l", ">",
            "[SEP]");
  }

  @Test
  void ideographsStandAloneAndInvisibleMarksVanish() {
    assertThat(tokenizer.pieces("東京 \u00a0nbsp\u200bzw"))
        .containsExactly("[CLS]", "東", "京", "n", "##bs", "##p", "##z", "##w", "[SEP]");
  }

  @Test
  void aLongSentenceKeepsItsFirstPiecesUpToTheModelLimit() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("word").append(i).append(' ');
    }
    List<String> pieces = tokenizer.pieces(text.toString());
    assertThat(pieces).hasSize(MiniLmModel.MAX_TOKENS);
    assertThat(pieces.subList(0, 5)).containsExactly("[CLS]", "word", "##0", "word", "##1");
    assertThat(pieces.subList(pieces.size() - 3, pieces.size()))
        .containsExactly("##1", "word", "[SEP]");
  }

  @Test
  void blankTextIsOnlyTheMarkers() {
    assertThat(tokenizer.pieces("   ")).containsExactly("[CLS]", "[SEP]");
  }
}
