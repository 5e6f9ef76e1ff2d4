package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class PdfReaderTest {

  static final List<String> REPORT_LINES =
      List.of(
          "Zambia Copper Output Climbs to Decade High",
          "",
          "By Mwila Chanda | 2 March 2026 09:00 CAT",
          "",
          "LUSAKA, March 2 - Zambia produced 890,000 tonnes of copper last year, the most",
          "in a decade, the mines ministry said on Monday, as new owners revived the Mopani",
          "and Konkola mines.",
          "",
          "The ministry expects output to pass one million tonnes in 2027.",
          "",
          "POWER SHORTAGES EASE",
          "",
          "Mines had cut production in 2024 when drought reduced hydropower from the Kariba",
          "dam. Rains this season have refilled the reservoir, the ministry said.");

  @Test
  void readsTheTextLayerIntoParagraphsWithPlainTextLayout() throws Exception {
    byte[] pdf = PdfFixtures.textPdf(null, REPORT_LINES);
    Article article = ArticleReaders.standard().read("copper.pdf", pdf).get(0);
    assertThat(article.source().format()).isEqualTo("pdf");
    assertThat(article.title()).isEqualTo("Zambia Copper Output Climbs to Decade High");
    assertThat(article.byline()).isEqualTo("Mwila Chanda");
    assertThat(article.published().toIso()).isEqualTo("2026-03-02T09:00+02:00");
    assertThat(article.dateline()).isEqualTo("LUSAKA");
    assertThat(article.headings()).containsExactly("POWER SHORTAGES EASE");
    assertThat(article.paragraphs()).hasSize(3);
    assertThat(article.paragraphs().get(0))
        .startsWith("Zambia produced 890,000 tonnes")
        .endsWith("revived the Mopani and Konkola mines.");
  }

  @Test
  void prefersTheDocumentInformationTitle() throws Exception {
    byte[] pdf = PdfFixtures.textPdf("Copper report", REPORT_LINES);
    assertThat(ArticleReaders.standard().read("copper.pdf", pdf).get(0).title())
        .isEqualTo("Copper report");
  }

  @Test
  void refusesAPasswordProtectedPdf() throws Exception {
    byte[] pdf = PdfFixtures.passwordProtectedPdf();
    assertThatThrownBy(() -> ArticleReaders.standard().read("locked.pdf", pdf))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("locked.pdf: ")
        .hasMessageContaining("password-protected")
        .hasMessageContaining("unprotected copy");
  }

  @Test
  void refusesAnImageOnlyPdf() throws Exception {
    byte[] pdf = PdfFixtures.imageOnlyPdf();
    assertThatThrownBy(() -> ArticleReaders.standard().read("scan.pdf", pdf))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("no text layer")
        .hasMessageContaining("OCR");
  }

  @Test
  void writesTheGoldenPdfFixtureWhenAskedTo() throws Exception {
    Path fixture = Path.of("src/test/resources/ingest/pdf/copper-report.pdf");
    if (Boolean.getBoolean("parallax.golden.update")) {
      Files.write(fixture, PdfFixtures.textPdf(null, REPORT_LINES));
    }
    assertThat(Files.readAllBytes(fixture)).startsWith("%PDF-".getBytes());
  }
}
