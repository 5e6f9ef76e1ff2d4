package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;

class HostileInputTest {

  private static final String SECRET = "TOP-SECRET-7f3a9c";
  private final ArticleReaders readers = ArticleReaders.standard();

  @TempDir Path folder;

  private static String messageOf(ThrowingRead read) {
    try {
      read.run();
    } catch (IngestException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an IngestException");
  }

  interface ThrowingRead {
    void run() throws IngestException;
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path empty = Files.createFile(folder.resolve("empty.txt"));
    assertThat(messageOf(() -> readers.read(empty))).endsWith("empty.txt: the file is empty");
  }

  @Test
  void refusesAFileOfOnlyWhiteSpace() {
    byte[] blank = " \n\t\r\n ".getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("blank.txt", blank))).contains("the file is empty");
  }

  @Test
  void refusesBinaryJunk() {
    long seed = 20260310L;
    System.out.println("binary junk seed " + seed);
    byte[] junk = new byte[4096];
    new Random(seed).nextBytes(junk);
    assertThat(messageOf(() -> readers.read("photo.jpg", junk)))
        .startsWith("photo.jpg: binary data, not text");
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt() throws IOException {
    Path huge = folder.resolve("huge.xml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(ArticleReaders.MAX_BYTES + 1);
    }
    assertThat(messageOf(() -> readers.read(huge)))
        .contains("more than the 50 MB limit")
        .contains("split it");
  }

  @Test
  void reportsTheLineAndColumnOfMalformedXml() {
    byte[] xml =
        ("<?xml version=\"1.0\"?>\n<nitf>\n  <head><title>Broken</title></head>\n"
                + "  <body><body.content><p>Text</body.content></body>\n</nitf>\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("broken.xml", xml)))
        .startsWith("broken.xml: malformed XML at line 4, column")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void reportsTheLineAndColumnOfMalformedJson() {
    byte[] json =
        "{\n  \"title\": \"Broken\",\n  \"body\": \"Text\"\n  \"outlet\": \"X\"\n}\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("broken.json", json)))
        .startsWith("broken.json: malformed JSON at line 4, column");
  }

  @Test
  void neverReadsAFileNamedByAnExternalEntity() throws Exception {
    Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE nitf [ <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n"
            + "<nitf><head><title>&xxe;</title></head>"
            + "<body><body.content><p>Leak: &xxe;</p></body.content></body></nitf>\n";
    String outcome;
    try {
      List<Article> articles = readers.read("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));
      outcome = articles.toString();
    } catch (IngestException refused) {
      outcome = refused.getMessage();
    }
    assertThat(outcome).doesNotContain(SECRET);
  }

  @Test
  void neverReadsAnExternalDtdOrParameterEntity() throws Exception {
    Path secret =
        Files.writeString(folder.resolve("secret.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss [ <!ENTITY % remote SYSTEM \""
            + secret.toUri()
            + "\"> %remote; ]>\n"
            + "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
            + "<description>Text &leak;</description></item></channel></rss>\n";
    String outcome;
    try {
      outcome = readers.read("dtd.xml", xml.getBytes(StandardCharsets.UTF_8)).toString();
    } catch (IngestException refused) {
      outcome = refused.getMessage();
    }
    assertThat(outcome).doesNotContain(SECRET);
  }

  @Test
  void acceptsADoctypeNamingAnUnreachableExternalDtd() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE nitf SYSTEM \"http://unreachable.invalid/nitf-3-6.dtd\">\n"
            + "<nitf><head><title>Title</title></head>"
            + "<body><body.content><p>Text of the story.</p></body.content></body></nitf>\n";
    List<Article> articles = readers.read("doctype.xml", xml.getBytes(StandardCharsets.UTF_8));
    assertThat(articles.get(0).paragraphs()).containsExactly("Text of the story.");
  }

  @Test
  void stopsAnEntityExpansionBomb() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n");
    xml.append("<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY a").append(i).append(" \"");
      xml.append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<nitf><body><body.content><p>&a9;</p></body.content></body></nitf>\n");
    byte[] bomb = xml.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("bomb.xml", bomb)))
        .startsWith("bomb.xml: the XML expands entities more than 2000 times");
  }

  @Test
  void stopsAQuadraticBlowupOfOneLargeEntity() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY big \""
            + "a ".repeat(3_500)
            + "\">]>\n<nitf><body><body.content><p>"
            + "&big;".repeat(1_999)
            + "</p></body.content></body></nitf>\n";
    byte[] blowup = xml.getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("blowup.xml", blowup)))
        .startsWith("blowup.xml: the XML's entities expand to more than 1000000 characters");
  }

  @Test
  void namesTheRootOfXmlInNoSupportedFormat() {
    byte[] xml =
        "<?xml version=\"1.0\"?>\n<invoice><total>12</total></invoice>\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("invoice.xml", xml)))
        .contains("root element <invoice> is not a supported format");
  }

  @Test
  void refusesAFeedWithoutItems() {
    byte[] rss =
        "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("empty-feed.xml", rss))).contains("no items with text");
  }

  @Test
  void refusesAJsonArticleWithoutBody() {
    byte[] json = "{\"title\": \"Only a title\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("nobody.json", json))).contains("has no \"body\"");
  }

  @Test
  void refusesAJsonArticleWithAnUnreadableDate() {
    byte[] json = "{\"body\": \"Text.\", \"published\": \"soon\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(messageOf(() -> readers.read("date.json", json)))
        .contains("\"published\" value that is not a date: \"soon\"");
  }

  @Test
  void saysWhenTheFileDoesNotExist() {
    Path missing = folder.resolve("gone.txt");
    assertThat(messageOf(() -> readers.read(missing)))
        .endsWith("gone.txt: no such file (was it moved or deleted?)");
  }

  @Test
  void saysWhenThePathIsAFolder() {
    assertThat(messageOf(() -> readers.read(folder))).contains("is a folder, not a file");
  }
}
