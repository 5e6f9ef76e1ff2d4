package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.testing.SeedFiles;

class SeedArticlesTest {

  private static Article seed(String name) throws Exception {
    List<Article> articles = ArticleReaders.standard().read(SeedFiles.folder().resolve(name));
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  @Test
  void readsReutersMetadataFromDatePrefixDatelineAndSignOff() throws Exception {
    Article reuters = seed(SeedFiles.REUTERS);
    assertThat(reuters.outlet()).isEqualTo("Reuters");
    assertThat(reuters.published().toIso()).isEqualTo("2026-03-09");
    assertThat(reuters.dateline()).isEqualTo("DAKAR");
    assertThat(reuters.byline()).isNull();
    assertThat(reuters.source().format()).isEqualTo("text");
  }

  @Test
  void readsDiplomatMetadataFromBylineAndDateline() throws Exception {
    Article diplomat = seed(SeedFiles.DIPLOMAT);
    assertThat(diplomat.outlet()).isEqualTo("Diplomat.so");
    assertThat(diplomat.published().toIso()).isEqualTo("2026-03-10T12:02+03:00");
    assertThat(diplomat.byline()).isEqualTo("Guled Abdi");
    assertThat(diplomat.dateline()).isEqualTo("Bamako");
  }

  @Test
  void keepsTheRunInPhotoCaptionOutOfTheReutersBody() throws Exception {
    Article reuters = seed(SeedFiles.REUTERS);
    assertThat(reuters.captions())
        .singleElement()
        .satisfies(
            caption ->
                assertThat(caption)
                    .startsWith("FILE PHOTO: A supporter of Mali")
                    .endsWith("REUTERS/Amadou Keita/File Photo"));
    assertThat(reuters.paragraphs()).noneMatch(p -> p.contains("FILE PHOTO"));
    assertThat(reuters.paragraphs().get(0)).startsWith("The U.S. is nearing a deal with Mali");
  }

  @Test
  void keepsTheShortCaptionLineOutOfTheDiplomatBody() throws Exception {
    Article diplomat = seed(SeedFiles.DIPLOMAT);
    assertThat(diplomat.captions()).containsExactly("Mali junta leader Assimi Goïta");
    assertThat(diplomat.paragraphs().get(0))
        .startsWith("The United States is nearing an agreement");
  }

  @Test
  void marksTheReutersAllCapsSubHeadingsAsHeadings() throws Exception {
    assertThat(seed(SeedFiles.REUTERS).headings())
        .containsExactly(
            "US REBUILDING TIES WITH BAMAKO DESPITE SETBACKS",
            "MALI'S LEADERS UNDER GROWING STRAIN");
  }

  @Test
  void leavesTheTrailingReutersSignOffOutsideTheLastParagraph() throws Exception {
    Article reuters = seed(SeedFiles.REUTERS);
    List<String> paragraphs = reuters.paragraphs();
    assertThat(paragraphs.get(paragraphs.size() - 1)).endsWith("Islamic State positions.");
    assertThat(reuters.text()).endsWith("positions. REUTERS");
  }

  @Test
  void keepsTheFileContentExactlyAsTheArticleText() throws Exception {
    Path file = SeedFiles.diplomat();
    Article diplomat = ArticleReaders.standard().read(file).get(0);
    assertThat(diplomat.text()).isEqualTo(Files.readString(file));
  }

  @Test
  void leavesTheBylineLineAndDatePrefixOutsideEveryBlock() throws Exception {
    Article diplomat = seed(SeedFiles.DIPLOMAT);
    int bylineEnd = diplomat.text().indexOf('\n');
    assertThat(diplomat.blocks()).allMatch(b -> b.span().start() > bylineEnd);
    Article reuters = seed(SeedFiles.REUTERS);
    int prefixEnd = reuters.text().indexOf("FILE PHOTO");
    assertThat(reuters.blocks()).extracting(Block::span).allMatch(s -> s.start() >= prefixEnd);
  }

  @Test
  void givesEachSeedADifferentStableId() throws Exception {
    assertThat(seed(SeedFiles.REUTERS).id())
        .isEqualTo(seed(SeedFiles.REUTERS).id())
        .isNotEqualTo(seed(SeedFiles.DIPLOMAT).id());
  }
}
