package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbPlusReaderTest {

  private static final String SUB_TOPIC_TWO =
      """
      <Document doc_name="3_7ecbplus.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">http</token>
      <token t_id="2" sentence="0" number="1">:</token>
      <token t_id="3" sentence="0" number="2">/</token>
      <token t_id="4" sentence="0" number="3">/</token>
      <token t_id="5" sentence="0" number="4">example</token>
      <token t_id="6" sentence="0" number="5">.</token>
      <token t_id="7" sentence="0" number="6">com</token>
      <token t_id="8" sentence="0" number="7">/</token>
      <token t_id="9" sentence="0" number="8">prison-escape</token>
      <token t_id="10" sentence="1" number="0">Inmate</token>
      <token t_id="11" sentence="1" number="1">escapes</token>
      <token t_id="12" sentence="1" number="2">(</token>
      <token t_id="13" sentence="1" number="3">again</token>
      <token t_id="14" sentence="1" number="4">)</token>
      <token t_id="15" sentence="1" number="5">,</token>
      <token t_id="16" sentence="1" number="6">police</token>
      <token t_id="17" sentence="1" number="7">say</token>
      <token t_id="18" sentence="1" number="8">.</token>
      <token t_id="19" sentence="2" number="0">He</token>
      <token t_id="20" sentence="2" number="1">was</token>
      <token t_id="21" sentence="2" number="2">n't</token>
      <token t_id="22" sentence="2" number="3">armed</token>
      <token t_id="23" sentence="2" number="4">.</token>
      <Markables/>
      </Document>
      """;

  private EcbPlusDocument read() throws IOException {
    return EcbPlusReader.read("3_7ecbplus.xml", SUB_TOPIC_TWO.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dropsTheOpeningUrlSoItCannotGiveTheEventAway() throws IOException {
    assertThat(read().article().text()).doesNotContain("http").doesNotContain("prison-escape");
  }

  @Test
  void joinsTokensIntoSentencesOnePerParagraph() throws IOException {
    assertThat(read().article().paragraphs())
        .containsExactly("Inmate escapes (again), police say.", "He wasn't armed.");
  }

  @Test
  void takesTopicAndSubTopicFromTheFileName() throws IOException {
    EcbPlusDocument document = read();

    assertThat(document.name()).isEqualTo("3_7ecbplus");
    assertThat(document.topic()).isEqualTo(3);
    assertThat(document.subTopic()).isEqualTo("ecbplus");
    assertThat(document.article().id().value()).isEqualTo("3_7ecbplus");
  }

  @Test
  void rejectsFilesThatAreNotEcbPlus() {
    assertThatThrownBy(() -> EcbPlusReader.read("notes.xml", new byte[0]))
        .hasMessageContaining("not an ECB+ file name");
  }

  @Test
  void readsTheWholeCorpus() throws IOException {
    Path corpus =
        Path.of(System.getProperty("parallax.shared.data", "../shared/data"), "ecbplus", "ECB+");
    assumeTrue(Files.isDirectory(corpus), "ECB+ not found at " + corpus + "; skipping");

    List<EcbPlusDocument> documents = EcbPlusReader.readAll(corpus);

    assertThat(documents).hasSize(982);
    assertThat(documents)
        .filteredOn(d -> d.subTopic().equals("ecbplus"))
        .allSatisfy(d -> assertThat(d.article().text()).doesNotContain("http :"));
  }
}
