package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation commands against a real workspace. */
class AnnotationCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String URL = "https://news.example.org/2026/03/mali-flights";

  @TempDir Path temp;
  private Path workspace;
  private String articleId;

  private CommandRun run(String... args) {
    return CommandRun.in(workspace, args);
  }

  @BeforeEach
  void ingestAnArticleWithAUrl() throws IOException {
    workspace = temp.resolve("ws");
    Path article = temp.resolve("mali.json");
    Files.writeString(
        article,
        "{\"url\": \""
            + URL
            + "\", \"outlet\": \"Example News\", \"title\": \"Mali flights\","
            + " \"published\": \"2026-03-09\", \"body\": [\"The United States is nearing a deal"
            + " with Mali to resume surveillance flights, officials said.\", \"The junta expelled"
            + " French troops in 2022.\"]}",
        StandardCharsets.UTF_8);
    assertThat(run("ingest", article.toString()).exitCode()).isZero();
    JsonNode hits = JSON.readTree(run("search", "surveillance", "--json").out()).get("hits");
    articleId = hits.get(0).get("id").asText();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void evidenceReportOfTwoWorkspaceArticlesListsTheirAnnotations() throws IOException {
    Path other = temp.resolve("rewrite.json");
    Files.writeString(
        other,
        "{\"url\": \"https://other.example.org/mali\", \"outlet\": \"Other Daily\", \"title\":"
            + " \"Flights over Mali\", \"published\": \"2026-03-10\", \"body\": [\"The United"
            + " States is close to a deal with Mali to resume surveillance flights.\"]}",
        StandardCharsets.UTF_8);
    assertThat(run("ingest", other.toString()).exitCode()).isZero();
    String otherId =
        JSON.readTree(run("search", "close", "--json").out()).get("hits").get(0).get("id").asText();
    run(
        "annotate",
        articleId,
        "--quote",
        "French troops",
        "--tag",
        "verified",
        "--note",
        "<b>x</b>");
    Path html = temp.resolve("report.html");

    CommandRun compare =
        run("compare", articleId, otherId, "--no-embeddings", "--html", html.toString());

    assertThat(compare.exitCode()).isZero();
    String report = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(report).contains("French troops").contains("&lt;b&gt;x&lt;/b&gt;");
    assertThat(report).doesNotContain("No annotations");
  }

  @Test
  void annotatePrintsTheIdOfAnAnnotationOnTheQuotedWords() throws IOException {
    CommandRun annotate =
        run("annotate", articleId, "--quote", "French troops", "--tag", "verified", "--note", "ok");

    assertThat(annotate.exitCode()).isZero();
    JsonNode listed = JSON.readTree(run("annotations", "list", "--json").out());
    assertThat(listed.get("annotations").get(0).get("id").asText())
        .isEqualTo(annotate.out().strip());
    assertThat(listed.get("annotations").get(0).get("quote").asText()).isEqualTo("French troops");
  }

  @Test
  void annotateFailsWithAReasonWhenTheWordsAreNotInTheArticle() {
    CommandRun annotate = run("annotate", articleId, "--quote", "Arsenal", "--tag", "verified");

    assertThat(annotate.exitCode()).isOne();
    assertThat(annotate.err()).contains("does not contain the words \"Arsenal\"");
  }

  @Test
  void exportsAnAnnotationCollectionByDefaultAndAPlainArrayOnRequest() throws IOException {
    run("annotate", articleId, "--quote", "French troops", "--tag", "verified");

    JsonNode collection = JSON.readTree(run("annotations", "export").out());
    JsonNode array = JSON.readTree(run("annotations", "export", "--array").out());

    assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
    assertThat(collection.get("first").get("type").asText()).isEqualTo("AnnotationPage");
    assertThat(collection.get("first").get("items")).hasSize(1);
    assertThat(array.isArray()).isTrue();
    assertThat(array.get(0).get("target").get("source").asText()).isEqualTo(URL);
  }

  @Test
  void exportThenImportRoundTripsWithoutDuplicating() throws IOException {
    run("annotate", articleId, "--quote", "French troops", "--tag", "verified");
    Path exported = temp.resolve("export.jsonld");
    run("annotations", "export", "--out", exported.toString());

    CommandRun imported = run("annotations", "import", exported.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.err()).contains("Imported 0 new annotation(s), updated 1");
    assertThat(run("annotations", "export").out()).isEqualTo(Files.readString(exported) + "\n");
  }

  @Test
  void importsAndAnchorsAnAnnotationWrittenByAnotherW3cTool() throws IOException {
    Path foreign =
        write(
            "hypothesis.json",
            "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\":"
                + " \"https://tool.example.net/anno/42\", \"type\": \"Annotation\", \"creator\":"
                + " {\"type\": \"Person\", \"name\": \"Grace\"}, \"body\": [{\"type\":"
                + " \"TextualBody\", \"value\": \"Check the year\"}, {\"type\": \"TextualBody\","
                + " \"purpose\": \"tagging\", \"value\": \"needs-verification\"}], \"target\":"
                + " {\"source\": \""
                + URL
                + "\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"expelled"
                + " French troops\", \"prefix\": \"The junta \", \"suffix\": \" in 2022\"}}}");

    CommandRun imported = run("annotations", "import", foreign.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.err()).contains("Imported 1 new annotation(s)").contains("0 orphan(s)");
    JsonNode listed = JSON.readTree(run("annotations", "list", "--json").out());
    JsonNode annotation = listed.get("annotations").get(0);
    assertThat(annotation.get("orphan").asBoolean()).isFalse();
    assertThat(annotation.get("author").asText()).isEqualTo("Grace");
    assertThat(run("search", "tag:needs-verification", "--json").out()).contains(articleId);
  }

  @Test
  void importExitsWithOneAndSaysWhyWhenAnAnnotationTargetsAnUnknownArticle() throws IOException {
    Path unknown =
        write(
            "unknown.json",
            "[{\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", \"target\": {\"source\":"
                + " \"https://elsewhere.example.com/a\", \"selector\": {\"type\":"
                + " \"TextQuoteSelector\", \"exact\": \"words\"}}}]");

    CommandRun imported = run("annotations", "import", unknown.toString());

    assertThat(imported.exitCode()).isOne();
    assertThat(imported.err()).contains("FAILED").contains("ingest that article first");
  }

  @Test
  void exportsCsvWithAHeaderAndOneRowPerAnnotation() {
    run("annotate", articleId, "--quote", "French troops", "--tag", "verified");

    String csv = run("annotations", "export", "--format", "csv").out();

    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("article,outlet,published");
  }

  @Test
  void listsOnlyOrphansWhenAsked() {
    run("annotate", articleId, "--quote", "French troops", "--tag", "verified");

    CommandRun orphans = run("annotations", "list", "--orphans");

    assertThat(orphans.out()).startsWith("0 annotation(s).");
  }
}
