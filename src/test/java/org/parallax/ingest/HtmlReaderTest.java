package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class HtmlReaderTest {

  private static Article read(String html) throws IngestException {
    return ArticleReaders.standard()
        .read("page.html", html.getBytes(StandardCharsets.UTF_8))
        .get(0);
  }

  @Test
  void leavesNavigationWidgetsAndRelatedLinksOutOfTheText() throws Exception {
    Article article =
        ArticleReaders.standard()
            .read(Path.of("src/test/resources/ingest/html/newsarticle-page.html"))
            .get(0);
    assertThat(article.text())
        .doesNotContain("Sport")
        .doesNotContain("Share on X")
        .doesNotContain("Ferry fares")
        .doesNotContain("Sign up")
        .doesNotContain("Most read")
        .doesNotContain("All rights reserved")
        .doesNotContain("dataLayer");
  }

  @Test
  void readsRunningTextBrokenOnlyByLineBreaks() throws Exception {
    Article article =
        read(
            "<html><body><div id=\"story\">CAIRO - Egypt raised fuel prices on Friday.<br>"
                + "<b>Diesel</b> rose 12%.</div></body></html>");
    assertThat(article.paragraphs())
        .containsExactly("Egypt raised fuel prices on Friday. Diesel rose 12%.");
  }

  @Test
  void takesMetadataFromOpenGraphWhenThereIsNoJsonLd() throws Exception {
    Article article =
        read(
            "<html><head><meta property=\"og:title\" content=\"Fuel prices rise\">"
                + "<meta property=\"og:site_name\" content=\"Nile Post\">"
                + "<meta property=\"og:url\" content=\"https://nilepost.example/fuel\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-06T10:00:00+02:00\">"
                + "</head><body><article><p>Egypt raised fuel prices.</p></article></body></html>");
    assertThat(article.title()).isEqualTo("Fuel prices rise");
    assertThat(article.outlet()).isEqualTo("Nile Post");
    assertThat(article.url()).isEqualTo("https://nilepost.example/fuel");
    assertThat(article.published().toIso()).isEqualTo("2026-03-06T10:00+02:00");
  }

  @Test
  void survivesABrokenJsonLdBlock() throws Exception {
    Article article =
        read(
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",</script>"
                + "<title>Fuel prices rise</title></head><body><p>Egypt raised fuel prices.</p></body></html>");
    assertThat(article.title()).isEqualTo("Fuel prices rise");
  }
}
