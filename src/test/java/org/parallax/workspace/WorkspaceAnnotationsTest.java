package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.FacetCount;
import org.parallax.model.IngestReport;

/** Annotations through a real workspace: re-anchoring on new versions, search, reopening. */
class WorkspaceAnnotationsTest {

  private static final String URL = "https://news.example.org/2026/03/mali-flights";
  private static final String LEAD =
      "The United States is nearing a deal with Mali to resume surveillance flights, officials"
          + " said on Monday.";
  private static final String SECOND = "The junta expelled French troops in 2022.";
  private static final String QUOTE = "nearing a deal with Mali to resume surveillance flights";

  @TempDir Path temp;

  private Path json(String name, String... paragraphs) throws IOException {
    ObjectNode article = new ObjectMapper().createObjectNode();
    article.put("url", URL);
    article.put("outlet", "Example News");
    article.put("title", "Mali flights");
    article.put("published", "2026-03-09");
    ArrayNode body = article.putArray("body");
    for (String paragraph : paragraphs) {
      body.add(paragraph);
    }
    Path file = temp.resolve("input").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, article.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static IngestReport ingest(Workspace workspace, Path file) {
    return workspace.ingest(List.of(file), IngestProgress.NONE, () -> false);
  }

  private Annotation annotateFirstVersion(Workspace workspace) throws IOException {
    Article v1 = ingest(workspace, json("v1.json", LEAD, SECOND)).stored().get(0);
    return workspace
        .annotations()
        .annotateQuote(v1.id(), QUOTE, List.of("verbatim-copy"), "Same words as the wire");
  }

  @Test
  void reanchorsWhenTextIsInsertedBeforeThePassageInANewVersion() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Annotation made = annotateFirstVersion(workspace);

      IngestReport v2 =
          ingest(workspace, json("v2.json", "UPDATED with reaction from Bamako.", LEAD, SECOND));

      Article current = v2.stored().get(0);
      Annotation moved = workspace.annotations().forArticle(current.id()).get(0);
      assertThat(current.version()).isEqualTo(2);
      assertThat(moved.span().start()).isGreaterThan(made.span().start());
      assertThat(moved.span().of(current.text())).isEqualTo(QUOTE);
      assertThat(moved.contentHash()).isEqualTo(current.contentHash());
    }
  }

  @Test
  void reanchorsWhenThePassagesOwnWordsChangeSlightly() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      annotateFirstVersion(workspace);

      String reworded = LEAD.replace("nearing a deal", "nearing an accord");
      Article current = ingest(workspace, json("v2.json", reworded, SECOND)).stored().get(0);

      Annotation moved = workspace.annotations().forArticle(current.id()).get(0);
      assertThat(moved.isOrphan()).isFalse();
      assertThat(moved.span().of(current.text()))
          .contains("nearing an accord with Mali to resume surveillance flights");
      assertThat(moved.exact()).isEqualTo(QUOTE);
    }
  }

  @Test
  void listsAnOrphanInTheIngestReportAndKeepsIt() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Annotation made = annotateFirstVersion(workspace);

      IngestReport v2 =
          ingest(workspace, json("v2.json", "Arsenal beat Chelsea on Saturday.", SECOND));

      assertThat(v2.orphanedAnnotations()).extracting(Annotation::id).containsExactly(made.id());
      assertThat(workspace.annotations().orphans())
          .singleElement()
          .satisfies(orphan -> assertThat(orphan.exact()).isEqualTo(QUOTE));
    }
  }

  @Test
  void findsAnnotatedArticlesByTagNoteAndAnnotatorWithATagFacet() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      workspace.annotations().settings().setAuthor("Ada Lovelace");
      annotateFirstVersion(workspace);

      assertThat(workspace.search(SearchRequest.of("tag:verbatim-copy", 10)).total()).isOne();
      assertThat(workspace.search(SearchRequest.of("tag:copy", 10)).total()).isZero();
      assertThat(workspace.search(SearchRequest.of("note:wire", 10)).total()).isOne();
      assertThat(workspace.search(SearchRequest.of("annotator:lovelace", 10)).total()).isOne();
      assertThat(workspace.search(SearchRequest.of("", 10)).facets().get("annotation tag"))
          .containsExactly(new FacetCount("verbatim-copy", 1));
    }
  }

  @Test
  void forgetsTheSearchTermsOfADeletedAnnotation() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Annotation made = annotateFirstVersion(workspace);

      workspace.annotations().delete(made.id());

      assertThat(workspace.search(SearchRequest.of("tag:verbatim-copy", 10)).total()).isZero();
    }
  }

  @Test
  void keepsAnnotationsAuthorAndSearchTermsAcrossReopening() throws IOException {
    Path folder = temp.resolve("ws");
    Annotation made;
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.annotations().settings().setAuthor("Ada Lovelace");
      made = annotateFirstVersion(workspace);
    }
    try (Workspace reopened = Workspace.open(folder)) {
      assertThat(reopened.annotations().all()).containsExactly(made);
      assertThat(reopened.annotations().settings().author()).isEqualTo("Ada Lovelace");
      assertThat(reopened.search(SearchRequest.of("tag:verbatim-copy", 10)).total()).isOne();
    }
  }

  @Test
  void findsTheArticleAnAnnotationTargetsByUrlOrUrn() throws IOException {
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      Article stored = ingest(workspace, json("v1.json", LEAD, SECOND)).stored().get(0);

      assertThat(workspace.annotations().texts().bySource(URL)).contains(stored);
      assertThat(
              workspace
                  .annotations()
                  .texts()
                  .bySource("urn:parallax:article:" + stored.id().value()))
          .contains(stored);
    }
  }

  @Test
  void indexesAnAnnotationsFileCopiedInFromAnotherWorkspace() throws IOException {
    Path first = temp.resolve("first");
    try (Workspace workspace = Workspace.open(first)) {
      annotateFirstVersion(workspace);
    }
    Path second = temp.resolve("second");
    try (Workspace workspace = Workspace.open(second)) {
      ingest(workspace, json("v1.json", LEAD, SECOND));
    }
    Files.copy(
        first.resolve("annotations").resolve("annotations.jsonld"),
        second.resolve("annotations").resolve("annotations.jsonld"));

    try (Workspace reopened = Workspace.open(second)) {
      assertThat(reopened.search(SearchRequest.of("tag:verbatim-copy", 10)).total()).isOne();
    }
  }
}
