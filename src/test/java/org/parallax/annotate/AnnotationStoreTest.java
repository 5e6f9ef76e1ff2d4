package org.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.Passage;
import org.parallax.model.Span;

class AnnotationStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-11T09:00:00Z"), ZoneOffset.UTC);
  private static final String TEXT =
      "Officials said the talks would resume \uD83D\uDE80 next week. No date was set.";

  @TempDir Path folder;

  private final InMemoryArticles articles = new InMemoryArticles();
  private final Anchorer anchorer = new Anchorer();

  private Annotation noteOn(Article article, String words) {
    int start = article.text().indexOf(words);
    return anchorer.annotate(
        article,
        new Span(start, start + words.length()),
        List.of("needs-verification", "changed-date"),
        "Which week? \"soon\" in the wire",
        "Ana Researcher",
        CLOCK.instant());
  }

  @Test
  void roundTripsJsonLdThroughTheStore() throws IOException {
    Article article = articles.add("talks", "https://example.org/talks", TEXT);
    AnnotationStore first = AnnotationStore.open(folder.resolve("one"), articles, CLOCK);
    first.save(noteOn(article, "next week"));
    String exported = first.exportJsonLd(false);

    AnnotationStore second = AnnotationStore.open(folder.resolve("two"), articles, CLOCK);
    AnnotationImport result = second.importJsonLd(exported, articles);

    assertThat(result.added()).isEqualTo(1);
    assertThat(second.exportJsonLd(false)).isEqualTo(exported);
    assertThat(second.all()).containsExactlyElementsOf(first.all());
  }

  @Test
  void countsPositionsInCodePoints() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    store.save(noteOn(article, "next week"));
    String json = store.exportJsonLd(true);
    int charStart = TEXT.indexOf("next week");
    int codePointStart = TEXT.codePointCount(0, charStart);
    assertThat(codePointStart).isEqualTo(charStart - 1);
    assertThat(json)
        .contains("\"start\" : " + codePointStart)
        .contains("urn:parallax:article:talks");
  }

  @Test
  void reopensWhatWasSaved() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    Annotation annotation = noteOn(article, "No date was set.");
    AnnotationStore.open(folder, articles, CLOCK).save(annotation);
    assertThat(AnnotationStore.open(folder, articles, CLOCK).all()).containsExactly(annotation);
  }

  @Test
  void removesTheTemporaryFileOfAnInterruptedSaveAndKeepsWhatWasSaved() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    Annotation annotation = noteOn(article, "No date was set.");
    AnnotationStore.open(folder, articles, CLOCK).save(annotation);
    Path leftover = folder.resolve(AnnotationStore.FILE_NAME + "4711.tmp");
    Files.writeString(leftover, "{\"half\": ");

    AnnotationStore reopened = AnnotationStore.open(folder, articles, CLOCK);

    assertThat(leftover).doesNotExist();
    assertThat(reopened.all()).containsExactly(annotation);
  }

  @Test
  void importOfAKnownIdUpdatesInsteadOfDuplicating() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    store.save(noteOn(article, "next week"));
    String edited = store.exportJsonLd(true).replace("Which week?", "Which week, exactly?");
    AnnotationImport result = store.importJsonLd(edited, articles);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.added()).isZero();
    assertThat(store.all())
        .singleElement()
        .extracting(Annotation::note)
        .asString()
        .startsWith("Which week, exactly?");
  }

  @Test
  void importsAndAnchorsAnnotationFromAnotherW3cTool() throws IOException {
    Article article = articles.add("talks", "https://example.org/talks", TEXT);
    String foreign =
        """
        {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          "id": "http://example.com/annotations/17",
          "type": "Annotation",
          "creator": "https://example.com/users/bo",
          "body": {"type": "TextualBody", "value": "Date missing", "format": "text/plain"},
          "target": {
            "source": "https://example.org/talks",
            "selector": {"type": "TextQuoteSelector", "exact": "No date was set", "prefix": "week. "}
          }
        }
        """;
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    AnnotationImport result = store.importJsonLd(foreign, articles);
    assertThat(result.problems()).isEmpty();
    Annotation imported = store.all().get(0);
    assertThat(imported.span().of(article.text())).isEqualTo("No date was set");
    assertThat(imported.note()).isEqualTo("Date missing");
  }

  @Test
  void reportsAnnotationForAnArticleNotInTheWorkspace() throws IOException {
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    AnnotationImport result =
        store.importJsonLd(
            "{\"id\":\"x1\",\"type\":\"Annotation\",\"target\":{\"source\":\"https://nowhere.example/\","
                + "\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"a\"}}}",
            articles);
    assertThat(result.problems()).singleElement().asString().contains("ingest that article first");
  }

  @Test
  void listsOrphanAfterReanchoringAndKeepsIt() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    store.save(noteOn(article, "No date was set."));
    Article changed = articles.add("talks", null, "Officials said talks would resume.");
    List<Anchoring> results = store.reanchor(changed);
    assertThat(results).extracting(Anchoring::method).containsExactly(AnchorMethod.ORPHAN);
    assertThat(AnnotationStore.open(folder, articles, CLOCK).orphans())
        .singleElement()
        .extracting(Annotation::exact)
        .isEqualTo("No date was set.");
  }

  @Test
  void interruptedSaveLeavesThePreviousFileIntact() throws IOException {
    Path file = folder.resolve("annotations.jsonld");
    Files.writeString(file, "[\"previous\"]", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write("[\"half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessageContaining("disk full");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("[\"previous\"]");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void keepsCorruptFileAsideAndReportsIt() throws IOException {
    Files.writeString(folder.resolve("annotations.jsonld"), "{ not json", StandardCharsets.UTF_8);
    AnnotationStore store = AnnotationStore.open(folder, articles, CLOCK);
    assertThat(store.problems())
        .singleElement()
        .asString()
        .contains("not valid JSON")
        .contains(".corrupt-");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("annotations.jsonld.corrupt-"));
    }
  }

  @Test
  void writesCsvThatQuotesAndDefusesFormulas() throws IOException {
    Article article = articles.add("talks", null, TEXT);
    Annotation annotation = noteOn(article, "next week");
    String csv = AnnotationCsv.write(List.of(annotation), articles);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", AnnotationCsv.COLUMNS));
    assertThat(lines[1]).contains("\"Which week? \"\"soon\"\" in the wire\"");
    Annotation formula =
        new Annotation(
            "f",
            article.id(),
            "s",
            "h",
            new Passage(null, "=HYPERLINK(\"x\")", "", ""),
            List.of(),
            "",
            "me",
            CLOCK.instant(),
            CLOCK.instant());
    assertThat(AnnotationCsv.write(List.of(formula), articles)).contains("'=HYPERLINK");
  }
}
