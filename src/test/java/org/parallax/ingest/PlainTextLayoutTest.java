package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class PlainTextLayoutTest {

  private static Article read(String text) throws IngestException {
    return ArticleReaders.standard()
        .read("story.txt", text.getBytes(StandardCharsets.UTF_8))
        .get(0);
  }

  @Test
  void takesATitleCaseFirstLineFollowedByABlankLineAsTitle() throws Exception {
    Article article =
        read("Mali Nears Deal on Surveillance Flights\n\nThe U.S. is nearing a deal.\n");
    assertThat(article.title()).isEqualTo("Mali Nears Deal on Surveillance Flights");
    assertThat(article.paragraphs()).containsExactly("The U.S. is nearing a deal.");
  }

  @Test
  void takesNoTitleFromAFirstSentence() throws Exception {
    Article article = read("The U.S. is nearing a deal with Mali.\n\nOfficials said so.\n");
    assertThat(article.title()).isNull();
    assertThat(article.paragraphs()).hasSize(2);
  }

  @Test
  void takesNoTitleFromAFirstLineRunIntoTheText() throws Exception {
    assertThat(read("Mali Nears Deal on Flights\nThe U.S. is nearing a deal.\n").title()).isNull();
  }

  @Test
  void keepsEveryBlockPointingAtItsOwnTextInTheFile() throws Exception {
    String text =
        "by: Ana Ruiz | 2 May 2026\n\nMADRID, May 2 (Diario Uno) - Spain voted.\u00A0\n\nREUTERS\n";
    Article article = read(text);
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.paragraphs()).containsExactly("Spain voted.");
    assertThat(article.outlet()).isEqualTo("Diario Uno");
  }

  @Test
  void takesTheOutletFromASignOffWhenTheDatelineNamesNone() throws Exception {
    Article article = read("LAGOS, May 2 - Nigeria voted on Saturday. REUTERS");
    assertThat(article.outlet()).isEqualTo("Reuters");
    assertThat(article.paragraphs()).containsExactly("Nigeria voted on Saturday.");
  }

  @Test
  void takesTheOutletFromAPhotoCreditAsALastResort() throws Exception {
    Article article =
        read(
            "Crowds gather in Accra. AFP/Nipah Dennis\n\nThousands marched in Accra on Saturday.\n");
    assertThat(article.outlet()).isEqualTo("AFP");
    assertThat(article.captions()).containsExactly("Crowds gather in Accra. AFP/Nipah Dennis");
  }

  @Test
  void doesNotTakeAnOrdinarySentenceStartAsADateline() throws Exception {
    Article article = read("The Minister - who spoke late - said no.\n");
    assertThat(article.dateline()).isNull();
    assertThat(article.paragraphs()).containsExactly("The Minister - who spoke late - said no.");
  }

  @Test
  void readsADatelineNamingTwoPlaces() throws Exception {
    Article article = read("WASHINGTON/LONDON, March 9 (Reuters) - Talks resumed.");
    assertThat(article.dateline()).isEqualTo("WASHINGTON/LONDON");
    assertThat(article.outlet()).isEqualTo("Reuters");
  }

  @Test
  void ignoresADatePrefixThatIsNoDate() throws Exception {
    Article article = read("date 2026-13-45 LAGOS - Markets fell.");
    assertThat(article.published()).isNull();
    assertThat(article.paragraphs()).containsExactly("Markets fell.");
  }

  @Test
  void doesNotTakeASentenceBeginningWithByAsAByline() throws Exception {
    Article article = read("By Tuesday the talks had failed.\n\nNegotiators left Geneva.\n");
    assertThat(article.byline()).isNull();
    assertThat(article.paragraphs()).startsWith("By Tuesday the talks had failed.");
  }
}
