package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AnnotationNote;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.Span;

class HtmlEvidenceReportTest {

  private static final String HOSTILE_TEXT =
      "Officials said 40 <script>alert(1)</script> bridges reopen. "
          + "The mayor said \"<img src=x onerror=alert(2)>\". "
          + "</style><b onclick=alert(3)>bold</b> \u202Eevil\u202C text \u0000 and \uD800 end.";

  private static Comparison hostile() {
    AnalyzedArticle left =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article(
                "evil-left",
                "\"><img src=x onerror=alert(4)>",
                "<script>alert('title')</script>",
                "javascript:alert(5)",
                HOSTILE_TEXT));
    AnalyzedArticle right =
        ComparisonFixtures.analyze(
            ComparisonFixtures.article(
                "evil-right",
                "Daily",
                "Plain",
                " JavaScript:alert(6)",
                "Officials said 45 bridges reopen. The mayor said \"<img src=x onerror=alert(2)>\". "
                    + "<a href=\"javascript:alert(7)\">click</a> here."));
    return ComparisonFixtures.comparison(left, right);
  }

  private static Document render(Comparison comparison, List<AnnotationNote> notes) {
    String html =
        HtmlEvidenceReport.of(comparison)
            .withAnnotations(notes)
            .generatedAt(Instant.parse("2026-03-11T00:00:00Z"))
            .render();
    return Jsoup.parse(html);
  }

  private static Document hostileReport() {
    AnnotationNote note =
        new AnnotationNote(
            new ArticleId("evil-left"),
            new Span(0, 9),
            "<script>alert(8)</script>",
            List.of("<b>tag</b>"),
            "<img src=x onerror=alert(9)>",
            "<i>me</i>",
            Instant.parse("2026-03-10T00:00:00Z"));
    return render(hostile(), List.of(note));
  }

  @Test
  void scriptsInArticlesNeverBecomeScriptElements() {
    assertThat(hostileReport().select("script")).isEmpty();
  }

  @Test
  void noElementCarriesAnEventHandlerAttribute() {
    for (Element element : hostileReport().getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
      }
    }
  }

  @Test
  void onlyPageAnchorsAndWebAddressesBecomeLinks() {
    for (Element link : hostileReport().select("[href]")) {
      String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
      assertThat(href).matches("#[lr]\\d+|https?://.*");
    }
  }

  @Test
  void markupFromArticlesAppearsAsText() {
    String text = hostileReport().body().text();

    assertThat(text)
        .contains("<script>alert(1)</script>")
        .contains("<img src=x onerror=alert(2)>")
        .contains("</style><b onclick=alert(3)>bold</b>")
        .contains("<script>alert('title')</script>")
        .contains("javascript:alert(5)")
        .contains("<img src=x onerror=alert(9)>");
  }

  @Test
  void closingStyleTagInAnArticleDoesNotEndTheStylesheet() {
    Document report = hostileReport();

    assertThat(report.select("style")).hasSize(1);
    assertThat(report.select("style").first().data()).contains("--shared:");
    assertThat(report.select("body b:containsOwn(bold)")).isEmpty();
  }

  @Test
  void bidiOverridesAreShownNotObeyed() {
    String html = HtmlEvidenceReport.of(hostile()).render();

    assertThat(html).doesNotContain("\u202E").doesNotContain("\u202C");
    assertThat(Jsoup.parse(html).body().text()).contains("[U+202E]evil[U+202C]");
  }

  @Test
  void nulAndLoneSurrogatesAreReplaced() {
    String html = HtmlEvidenceReport.of(hostile()).render();

    assertThat(html).doesNotContain("\u0000").doesNotContain("\uD800");
    assertThat(html).contains("\uFFFD and \uFFFD end.");
  }

  @Test
  void pageLoadsNothingFromOutside() {
    Document report = hostileReport();

    assertThat(report.select("[src], link, iframe, object, embed, base, form")).isEmpty();
    assertThat(report.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("default-src 'none'");
  }

  @Test
  void webAddressBecomesALinkThatCannotReachBack() {
    Element link = render(ComparisonFixtures.small(), List.of()).selectFirst("a[href^=https]");

    assertThat(link).isNotNull();
    assertThat(link.attr("href")).isEqualTo("https://wire.example/bridge");
    assertThat(link.attr("rel")).contains("noopener");
  }

  @Test
  void saysNoAnnotationsWhenThereAreNone() {
    Document report = render(ComparisonFixtures.small(), List.of());

    assertThat(report.select("#annotations").text()).contains("No annotations");
  }

  @Test
  void listsAnnotationsWithTheirTagsAndNotes() {
    String annotations = hostileReport().select("#annotations").text();

    assertThat(annotations).contains("<b>tag</b>").contains("<i>me</i>");
  }

  @Test
  void colorsSentencesByRelationAndMarksUnsourcedOneSidedClaims() {
    Document report = render(ComparisonFixtures.small(), List.of());

    assertThat(report.select("#l0").hasClass("ch")).isTrue();
    assertThat(report.select("#l1").hasClass("s")).isTrue();
    assertThat(report.select("#l2").hasClass("o1")).isTrue();
    assertThat(report.select("#l2").hasClass("uns")).isFalse();
    assertThat(report.select("#r2").hasClass("uns")).isTrue();
  }

  @Test
  void marksDifferingWordsStruckLeftAndBoldRight() {
    Document report = render(ComparisonFixtures.small(), List.of());

    assertThat(report.select("#l0 del").text()).isEqualTo("40");
    assertThat(report.select("#r0 ins").text()).isEqualTo("45");
  }

  @Test
  void underlinesQuotesCopiedWordForWord() {
    Document report = render(ComparisonFixtures.small(), List.of());

    assertThat(report.select("#l1 .q").text()).isEqualTo("we are ready");
    assertThat(report.select("#r1 .q").text()).isEqualTo("we are ready");
  }

  @Test
  void pairNumbersLinkEachSideToItsPartner() {
    Document report = render(ComparisonFixtures.small(), List.of());

    assertThat(report.select("#l0 a.pn").attr("href")).isEqualTo("#r0");
    assertThat(report.select("#r1 a.pn").attr("href")).isEqualTo("#l1");
  }

  @Test
  void bannerStatesVerdictCoverageAndCredit() {
    String banner = render(ComparisonFixtures.small(), List.of()).select(".banner").text();

    assertThat(banner)
        .contains("Daily derives from Wire without crediting it")
        .contains("confidence 0.75")
        .contains("Daily restates Wire in 66% of its text")
        .contains("Source credited: no");
  }

  @Test
  void provenanceNamesFilesHashesVersionAndSettings() {
    String provenance = render(ComparisonFixtures.small(), List.of()).select("#provenance").text();

    assertThat(provenance)
        .contains("left-1.txt")
        .contains("a".repeat(64))
        .contains("2026-03-10T08:00:00Z")
        .contains("Parallax version")
        .contains("threshold");
  }
}
