package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnalyzedSentence;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.NormalizedText;
import org.parallax.model.Span;
import org.parallax.model.Token;
import org.parallax.testing.Articles;

class OffsetsTest {

  private static final String TEXT =
      "MINISTERS MEET IN\u00A0BAMAKO\n\n"
          + "The minister\u00A0said \u201Cthe talks went well\u201D on Tuesday. "
          + "Mali\u2019s envoy wasn\u2019t there \u2014 he stayed home.\n\n"
          + "A photo of the talks. REUTERS/File Photo";

  private static AnalyzedArticle analyze() {
    int heading = TEXT.indexOf("\n\n");
    int caption = TEXT.indexOf("A photo");
    List<Block> blocks =
        List.of(
            new Block(BlockKind.HEADING, new Span(0, heading)),
            new Block(BlockKind.BODY, new Span(heading + 2, caption - 2)),
            new Block(BlockKind.CAPTION, new Span(caption, TEXT.length())));
    return SharedAnalyzer.get().analyze(Articles.of(TEXT, blocks));
  }

  @Test
  void sentenceTextIsTheOriginalTextAtItsSpan() {
    for (AnalyzedSentence s : analyze().sentences()) {
      assertThat(s.text()).isEqualTo(s.sentence().span().of(TEXT));
    }
  }

  @Test
  void sentenceKeepsTypographicCharactersOfTheOriginal() {
    assertThat(analyze().sentences().get(1).text()).contains("\u201Cthe talks went well\u201D");
  }

  @Test
  void tokenTextIsTheNormalisedTextAtItsSpan() {
    String normalized = NormalizedText.of(TEXT);
    for (AnalyzedSentence s : analyze().sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.text()).isEqualTo(t.span().of(normalized));
      }
    }
  }

  @Test
  void sentencesTakeTheKindOfTheirBlock() {
    assertThat(analyze().sentences())
        .extracting(s -> s.sentence().kind())
        .containsExactly(
            BlockKind.HEADING,
            BlockKind.BODY,
            BlockKind.BODY,
            BlockKind.CAPTION,
            BlockKind.CAPTION);
  }

  @Test
  void splitsCliticsIntoTokensOfTheirOwn() {
    assertThat(analyze().sentences().get(2).tokens())
        .extracting(Token::text)
        .startsWith("Mali", "'s", "envoy", "was", "n't");
  }

  @Test
  void lemmatisesToLowerCase() {
    assertThat(analyze().sentences().get(1).tokens())
        .extracting(Token::lemma)
        .contains("say", "talk", "go", "tuesday");
  }

  @Test
  void tagsWithUniversalPartsOfSpeech() {
    assertThat(analyze().sentences().get(2).tokens())
        .filteredOn(t -> t.text().equals("Mali"))
        .extracting(Token::pos)
        .containsExactly("PROPN");
  }
}
