package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class TextDecodingTest {

  private static final String STORY =
      "BAMAKO, March 9 - Mali’s government said the café “was closed” on Monday.";

  private static byte[] withBom(int[] bom, byte[] body) {
    byte[] bytes = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      bytes[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return bytes;
  }

  @Test
  void decodesUtf8WithoutBom() {
    assertThat(TextDecoding.decode(STORY.getBytes(StandardCharsets.UTF_8))).isEqualTo(STORY);
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    byte[] bytes = withBom(new int[] {0xEF, 0xBB, 0xBF}, STORY.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoding.decode(bytes)).isEqualTo(STORY);
  }

  @Test
  void decodesUtf16LittleEndianWithBom() {
    byte[] bytes = withBom(new int[] {0xFF, 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDecoding.decode(bytes)).isEqualTo(STORY);
  }

  @Test
  void decodesUtf16BigEndianWithBom() {
    byte[] bytes = withBom(new int[] {0xFE, 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoding.decode(bytes)).isEqualTo(STORY);
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
    byte[] bytes = STORY.getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoding.decode(bytes)).isEqualTo(STORY);
  }

  @Test
  void readsAUtf16FileWithNulBytesAsTextNotBinary() throws Exception {
    byte[] bytes = withBom(new int[] {0xFF, 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
    Article article = ArticleReaders.standard().read("utf16.txt", bytes).get(0);
    assertThat(article.dateline()).isEqualTo("BAMAKO");
    assertThat(article.paragraphs())
        .containsExactly("Mali’s government said the café “was closed” on Monday.");
  }
}
