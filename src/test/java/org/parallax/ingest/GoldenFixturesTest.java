package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.model.Sha256;

/**
 * Golden files: every fixture under {@code src/test/resources/ingest/<format>/} is recognised by
 * its own format's reader only and reads to the JSON stored next to it as {@code
 * <name>.expected.json} ({@link ArticleJson} without {@code ingestedAt}). Run with {@code
 * -Dparallax.golden.update=true} to rewrite the expected files after a deliberate change, then
 * review the diff.
 */
class GoldenFixturesTest {

  private static final Path ROOT = Path.of("src/test/resources/ingest");
  private static final String EXPECTED = ".expected.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ArticleReaders READERS = ArticleReaders.standard();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(EXPECTED))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String formatOf(Path fixture) {
    return fixture.getParent().getFileName().toString();
  }

  private static RawFile raw(Path fixture) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    return new RawFile(
        fixture.getFileName().toString(), bytes, TextDecoding.decode(bytes), Sha256.of(bytes));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void isRecognisedByTheReaderOfItsFormat(Path fixture) throws IOException {
    RawFile file = raw(fixture);
    List<String> recognising =
        READERS.readers().stream()
            .filter(r -> r.recognises(file))
            .map(FormatReader::format)
            .toList();
    assertThat(recognising).containsExactly(formatOf(fixture));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsToTheExpectedJson(Path fixture) throws Exception {
    List<Article> articles = READERS.read(fixture);
    ArrayNode actual = JSON.createArrayNode();
    for (Article article : articles) {
      assertThat(article.source().format()).isEqualTo(formatOf(fixture));
      ObjectNode json = ArticleJson.toJson(article);
      json.remove("ingestedAt");
      actual.add(json);
    }
    Path expectedFile = fixture.resolveSibling(fixture.getFileName() + EXPECTED);
    if (Boolean.getBoolean("parallax.golden.update")) {
      Files.writeString(
          expectedFile, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertThat(actual).isEqualTo(expected);
  }
}
