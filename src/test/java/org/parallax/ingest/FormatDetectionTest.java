package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class FormatDetectionTest {

  private final ArticleReaders readers = ArticleReaders.standard();

  @Test
  void readsHtmlSavedWithATextExtensionAsHtml() throws Exception {
    byte[] html =
        "<!doctype html><html><body><article><p>ROME - Italy's parliament voted on Monday.</p></article></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    Article article = readers.read("page.txt", html).get(0);
    assertThat(article.source().format()).isEqualTo("html");
    assertThat(article.dateline()).isEqualTo("ROME");
  }

  @Test
  void readsJsonLinesWithoutAJsonExtension() throws Exception {
    byte[] lines =
        "{\"body\": \"First.\"}\n{\"body\": \"Second.\"}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(readers.read("export.dat", lines))
        .hasSize(2)
        .allMatch(a -> a.source().format().equals("json"));
  }

  @Test
  void readsTextNamedXmlAsText() throws Exception {
    byte[] text = "LONDON - Prices rose.".getBytes(StandardCharsets.UTF_8);
    assertThat(readers.read("story.xml", text).get(0).source().format()).isEqualTo("text");
  }

  @Test
  void readsTextOpeningWithABracketAsText() throws Exception {
    byte[] text =
        "[Photo] Crowds in Accra.\n\nACCRA - Thousands marched.".getBytes(StandardCharsets.UTF_8);
    assertThat(readers.read("story.txt", text).get(0).source().format()).isEqualTo("text");
  }
}
