package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class FeedReaderTest {

  private static final String RSS_WITH_DOCTYPE =
      "<?xml version=\"1.0\"?>\n"
          + "<!DOCTYPE rss SYSTEM \"http://unreachable.invalid/rss-0.91.dtd\">\n"
          + "<rss version=\"2.0\"><channel><title>Coast Wire</title><item><title>Port reopens</title>"
          + "<description>ABIDJAN - The port reopened on Monday.</description></item></channel></rss>";

  @Test
  void romesOwnParserRefusesADoctypeSoTheFeedReaderParsesTheXmlItself() {
    assertThatThrownBy(() -> new SyndFeedInput().build(new StringReader(RSS_WITH_DOCTYPE)))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("DOCTYPE is disallowed");
  }

  @Test
  void acceptsAFeedWithADoctypeWithoutLoadingTheDtd() throws Exception {
    List<Article> articles =
        ArticleReaders.standard()
            .read("rss.xml", RSS_WITH_DOCTYPE.getBytes(StandardCharsets.UTF_8));
    assertThat(articles)
        .singleElement()
        .satisfies(a -> assertThat(a.dateline()).isEqualTo("ABIDJAN"));
  }

  @Test
  void readsRss10RdfItems() throws Exception {
    String rdf =
        "<?xml version=\"1.0\"?>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"https://x.example/\"><title>X News</title>"
            + "<link>https://x.example/</link><description>d</description></channel>"
            + "<item rdf:about=\"https://x.example/a\"><title>A</title><link>https://x.example/a</link>"
            + "<description>Text of A.</description><dc:date>2026-03-09T10:00:00+01:00</dc:date>"
            + "<dc:creator>Ana Ruiz</dc:creator></item></rdf:RDF>";
    Article article =
        ArticleReaders.standard().read("rdf.xml", rdf.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(article.url()).isEqualTo("https://x.example/a");
    assertThat(article.byline()).isEqualTo("Ana Ruiz");
    assertThat(article.published().toIso()).isEqualTo("2026-03-09T10:00+01:00");
  }
}
