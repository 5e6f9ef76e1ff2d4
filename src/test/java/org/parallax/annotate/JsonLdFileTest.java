package org.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD file store both annotations and corrections live in, on a real folder. */
class JsonLdFileTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-11T09:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Items that are nothing but their id, so the tests are about the file, not a codec. */
  private static final JsonLdFile.Codec<String> IDS =
      new JsonLdFile.Codec<>(
          item -> item.has("id"),
          item -> item.get("id").asText(),
          id -> MAPPER.createObjectNode().put("id", id),
          id -> id);

  @TempDir Path folder;

  private JsonLdFile<String> open() throws IOException {
    return JsonLdFile.open(
        folder.resolve("items.jsonld"),
        "urn:test:items",
        "Test items",
        MAPPER.createArrayNode().add(AnnotationJsonLd.W3C_CONTEXT),
        IDS,
        CLOCK);
  }

  @Test
  void keepsTheOrderFirstSavedAndReplacesByIdAcrossAReopen() throws IOException {
    JsonLdFile<String> file = open();
    file.saveAll(List.of("b", "a"));
    file.saveAll(List.of("a", "c"));

    assertThat(open().all()).containsExactly("b", "a", "c");
  }

  @Test
  void aSaveWhoseWriteFailsLeavesTheItemsAsTheyWere() throws IOException {
    JsonLdFile<String> file = open();
    file.saveAll(List.of("kept"));
    // A folder where the file belongs makes the atomic move of the new file fail.
    Path target = folder.resolve("items.jsonld");
    Files.delete(target);
    Files.writeString(
        Files.createDirectory(target).resolve("blocker"), "x", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> file.saveAll(List.of("lost"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> file.delete("kept")).isInstanceOf(IOException.class);

    assertThat(file.all()).containsExactly("kept");
  }

  @Test
  void writesAnAnnotationCollectionWithOnePageAndItsTotal() throws IOException {
    JsonLdFile<String> file = open();
    file.saveAll(List.of("one"));

    ObjectNode other = MAPPER.createObjectNode().put("id", "other");
    ObjectNode collection = file.collection(List.of(other));

    assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
    assertThat(collection.get("total").asInt()).isEqualTo(2);
    assertThat(JsonLdFile.items(collection))
        .extracting(item -> item.get("id").asText())
        .containsExactly("one", "other");
  }
}
