package org.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionKind;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Span;

class CorrectionStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-11T09:00:00Z"), ZoneOffset.UTC);
  private static final String WIRE =
      "Officials said the talks \uD83D\uDE80 would resume next week. No date was set.";
  private static final String REWRITE = "Talks will resume next week, officials said.";

  @TempDir Path folder;

  private final InMemoryArticles articles = new InMemoryArticles();
  private final Anchorer anchorer = new Anchorer();

  private CorrectionSide side(Article article, String words) {
    int start = article.text().indexOf(words);
    return new CorrectionSide(
        article.id(),
        "urn:parallax:article:" + article.id().value(),
        article.contentHash(),
        List.of(anchorer.passage(article.text(), new Span(start, start + words.length()))));
  }

  private Correction link() {
    Article wire = articles.add("wire", null, WIRE);
    Article rewrite = articles.add("rewrite", null, REWRITE);
    return new Correction(
        "urn:uuid:link-1",
        CorrectionKind.LINK,
        side(wire, "No date was set."),
        side(rewrite, REWRITE),
        "",
        "",
        "Ana Researcher",
        CLOCK.instant());
  }

  @Test
  void writesAW3cEditingAnnotationWithQuoteAndCodePointSelectorsOnBothArticles()
      throws IOException {
    CorrectionStore store = CorrectionStore.open(folder, articles, CLOCK);
    store.save(link());

    JsonNode item =
        new ObjectMapper()
            .readTree(folder.resolve(CorrectionStore.FILE_NAME).toFile())
            .path("first")
            .path("items")
            .get(0);

    assertThat(item.path("motivation").asText()).isEqualTo("editing");
    assertThat(item.path("creator").path("name").asText()).isEqualTo("Ana Researcher");
    assertThat(item.path("created").asText()).isEqualTo("2026-03-11T09:00:00Z");
    JsonNode left = item.path("target").get(0);
    assertThat(left.path("source").asText()).isEqualTo("urn:parallax:article:wire");
    assertThat(left.path("selector").get(0).path("exact").asText()).isEqualTo("No date was set.");
    // The rocket is two UTF-16 chars and one code point: the position counts code points.
    int charStart = WIRE.indexOf("No date");
    assertThat(left.path("selector").get(1).path("start").asInt()).isEqualTo(charStart - 1);
    assertThat(item.path("target").get(1).path("source").asText())
        .isEqualTo("urn:parallax:article:rewrite");
  }

  @Test
  void readsBackWhatItSavedAfterAReopen() throws IOException {
    Correction link = link();
    CorrectionStore.open(folder, articles, CLOCK).save(link);

    CorrectionStore reopened = CorrectionStore.open(folder, articles, CLOCK);

    assertThat(reopened.all()).containsExactly(link);
    assertThat(reopened.problems()).isEmpty();
  }

  @Test
  void aVerdictIsAnAssessingAnnotationAndCannotBeMadeWithoutAReason() throws IOException {
    Correction link = link();
    assertThatThrownBy(
            () ->
                new Correction(
                    "urn:uuid:v",
                    CorrectionKind.VERDICT,
                    link.left(),
                    link.right(),
                    "independent",
                    "  ",
                    "Ana",
                    CLOCK.instant()))
        .hasMessageContaining("reason");
    CorrectionStore store = CorrectionStore.open(folder, articles, CLOCK);
    store.save(
        new Correction(
            "urn:uuid:v",
            CorrectionKind.VERDICT,
            link.left(),
            link.right(),
            "independent",
            "both quote the ministry",
            "Ana",
            CLOCK.instant()));

    assertThat(Files.readString(folder.resolve(CorrectionStore.FILE_NAME)))
        .contains("\"motivation\" : \"assessing\"", "both quote the ministry");
  }

  @Test
  void aKilledSaveLeavesTheLastFileAndItsTemporaryIsRemovedOnOpen() throws IOException {
    CorrectionStore.open(folder, articles, CLOCK).save(link());
    Path leftover = folder.resolve(CorrectionStore.FILE_NAME + "12345.tmp");
    Files.writeString(leftover, "{\"first\": {\"items\": [", StandardCharsets.UTF_8);

    CorrectionStore reopened = CorrectionStore.open(folder, articles, CLOCK);

    assertThat(reopened.all()).hasSize(1);
    assertThat(leftover).doesNotExist();
  }

  @Test
  void anUnreadableFileIsKeptAsideAndReported() throws IOException {
    Files.writeString(
        folder.resolve(CorrectionStore.FILE_NAME), "{\"first\": ", StandardCharsets.UTF_8);

    CorrectionStore store = CorrectionStore.open(folder, articles, CLOCK);

    assertThat(store.problems()).singleElement().asString().contains("corrupt-");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith(CorrectionStore.FILE_NAME + ".corrupt-"));
    }
  }

  @Test
  void theAnnotationStoreLeavesCorrectionsInAnImportToTheCorrectionStore() throws IOException {
    CorrectionStore corrections = CorrectionStore.open(folder.resolve("one"), articles, CLOCK);
    corrections.save(link());
    String file = Files.readString(folder.resolve("one").resolve(CorrectionStore.FILE_NAME));

    AnnotationStore annotations = AnnotationStore.open(folder.resolve("two"), articles, CLOCK);
    AnnotationImport result = annotations.importJsonLd(file, articles);

    assertThat(result.added()).isZero();
    assertThat(result.problems()).isEmpty();
    assertThat(annotations.all()).isEmpty();
  }
}
