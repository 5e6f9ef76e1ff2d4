package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Published;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;
import org.parallax.report.HtmlEvidenceReport;
import org.parallax.workspace.ComparisonService;

/**
 * No article content becomes markup in the HTML evidence report: every classic XSS payload, put
 * into titles, bodies, outlets, URLs, bylines and annotation notes of real comparisons, is shown as
 * text and never as a script, an event handler, a javascript:/data: link or a foreign element.
 */
class ExportXssTest {

  /** Elements a payload would create; the report itself uses none of them. */
  private static final Set<String> FOREIGN_ELEMENTS =
      Set.of(
          "script",
          "iframe",
          "object",
          "embed",
          "svg",
          "math",
          "img",
          "base",
          "link",
          "form",
          "input",
          "button",
          "textarea",
          "video",
          "audio",
          "source",
          "details",
          "template",
          "noscript",
          "plaintext",
          "xmp",
          "marquee",
          "frame",
          "frameset",
          "applet");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "srcdoc", "action", "formaction", "data", "xlink:href", "poster");

  private static final String BENIGN_BODY =
      "Officials said the bridge reopened on Friday after repairs. The mayor said %s in a"
          + " statement. Talks on the budget resume on Monday.";

  private static List<Document> reports;

  @BeforeAll
  static void renderReportsOfHostileComparisons() {
    ComparisonService service = ComparisonService.withoutEmbeddings();
    reports = new ArrayList<>();
    List<String> payloads = XssPayloads.ALL;
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String other = payloads.get((i + 1) % payloads.size());
      Article left = article("left-" + i, payload, other, BENIGN_BODY.formatted(payload));
      Article right =
          article(
              "right-" + i,
              other,
              payload,
              BENIGN_BODY.formatted(payload).replace("Friday", "Saturday"));
      Comparison comparison = service.compare(left, right);
      int at = left.text().indexOf(payload);
      AnnotationNote note =
          new AnnotationNote(
              left.id(),
              new Span(at, at + payload.length()),
              payload,
              List.of(payload, "unattributed"),
              "Note: " + payload,
              payload,
              Instant.parse("2026-03-10T00:00:00Z"));
      String html =
          HtmlEvidenceReport.of(comparison)
              .withAnnotations(List.of(note))
              .generatedAt(Instant.parse("2026-03-11T00:00:00Z"))
              .render();
      reports.add(Jsoup.parse(html));
    }
    System.err.printf(
        Locale.ROOT,
        "XSS exports: %d payloads in titles, bodies, outlets, URLs, bylines and notes, %d evidence"
            + " reports rendered%n",
        payloads.size(),
        reports.size());
  }

  @Test
  void corpusHoldsAtLeastFiftyDistinctPayloads() {
    assertThat(Set.copyOf(XssPayloads.ALL)).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void noPayloadBecomesAScriptElement() {
    for (Document report : reports) {
      assertThat(report.select("script")).isEmpty();
    }
  }

  @Test
  void noElementCarriesAnEventHandler() {
    for (Document report : reports) {
      for (Element element : report.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
              .as("attribute of <%s>", element.tagName())
              .doesNotStartWith("on");
        }
      }
    }
  }

  @Test
  void noLinkOrSourceUsesAScriptOrDataUrl() {
    for (Document report : reports) {
      for (Element element : report.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          if (URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            assertThat(value).doesNotStartWith("javascript:");
            assertThat(value).doesNotStartWith("vbscript:");
            assertThat(value).doesNotStartWith("data:");
          }
        }
      }
    }
  }

  @Test
  void noPayloadCreatesAForeignElement() {
    for (Document report : reports) {
      for (Element element : report.getAllElements()) {
        assertThat(FOREIGN_ELEMENTS).doesNotContain(element.tagName());
      }
      assertThat(report.select("meta[http-equiv=refresh]")).isEmpty();
    }
  }

  @Test
  void theOnlyStyleElementIsTheReportsOwn() {
    for (Document report : reports) {
      assertThat(report.select("style")).hasSize(1);
      assertThat(report.select("style").first().parent().tagName()).isEqualTo("head");
      assertThat(report.select("[style]")).isEmpty();
    }
  }

  @Test
  void everyPayloadIsShownAsText() {
    int shown = 0;
    for (int i = 0; i < reports.size(); i++) {
      String visible = asShown(XssPayloads.ALL.get(i));
      assertThat(reports.get(i).text()).as("payload %d", i).contains(visible);
      assertThat(reports.get(i).text()).as("note of payload %d", i).contains("Note: " + visible);
      shown++;
    }
    System.err.printf(
        Locale.ROOT,
        "XSS exports: %d of %d payloads shown as text, 0 became markup%n",
        shown,
        XssPayloads.ALL.size());
  }

  /** The payload as the report shows it: bidi controls named, other controls replaced. */
  private static String asShown(String payload) {
    StringBuilder shown = new StringBuilder();
    for (char c : payload.toCharArray()) {
      if (c == '\u202E' || c == '\u2066' || c == '\u2069') {
        shown.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
      } else if (Character.isISOControl(c)) {
        shown.append('\uFFFD');
      } else {
        shown.append(c);
      }
    }
    return shown.toString().replaceAll("\\s+", " ").strip();
  }

  private static Article article(String id, String title, String metadata, String text) {
    return new Article(
        new ArticleId(id),
        1,
        Integer.toHexString(text.hashCode()),
        metadata,
        metadata,
        title,
        metadata,
        "LONDON",
        Published.on(LocalDate.of(2026, 3, 9)),
        "en",
        text,
        List.of(new Block(BlockKind.BODY, new Span(0, text.length()))),
        new SourceFile(id + ".txt", "a".repeat(64), "text"),
        Instant.parse("2026-03-10T08:00:00Z"));
  }
}
