package org.parallax.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates hostile and broken input files across every supported format from a seed, so a failing
 * run can be replayed exactly.
 *
 * <p>Each file starts from a small valid sample of a format and is then broken in one way:
 * truncated, bit-flipped, given the wrong extension, re-encoded badly, or replaced by a known
 * attack (entity bombs, external entities that try to read a local file or reach a local server,
 * deep nesting, huge lines, huge files).
 */
final class HostileInputs {

  /** A marker only the local secret file holds: it must never appear in any article. */
  static final String SECRET = "PARALLAX-SECRET-7f3a9c";

  record Input(Path file, String kind) {}

  private final Path folder;
  private final Path secretFile;
  private final String localServer;
  private final Random random;

  /**
   * Prepares a generator.
   *
   * @param folder where generated files go (only they: a whole-folder ingest reads nothing else)
   * @param secretFile the local file the external entities try to read, outside {@code folder}
   * @param seed the seed: the same seed gives the same files
   * @param localServer base URL of a server on 127.0.0.1 that counts requests
   */
  HostileInputs(Path folder, Path secretFile, long seed, String localServer) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.random = new Random(seed);
    this.localServer = localServer;
    this.secretFile = secretFile;
    Files.writeString(secretFile, SECRET, StandardCharsets.UTF_8);
  }

  Path secretFile() {
    return secretFile;
  }

  /** Generates {@code count} inputs, cycling through every kind of damage. */
  List<Input> generate(int count) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      inputs.add(one(i));
    }
    return inputs;
  }

  private Input one(int index) throws IOException {
    Sample sample = Sample.values()[random.nextInt(Sample.values().length)];
    int damage = index % 17;
    String name = String.format(Locale.ROOT, "in-%05d", index);
    return switch (damage) {
      case 0 ->
          write(name, sample.extension, truncate(sample.bytes(random)), "truncated " + sample);
      case 1 ->
          write(name, sample.extension, flipBits(sample.bytes(random)), "bit-flipped " + sample);
      case 2 -> write(name, "bin", junk(1 + random.nextInt(64 * 1024)), "binary junk");
      case 3 -> write(name, sample.extension, new byte[0], "empty " + sample);
      case 4 ->
          write(name, wrongExtension(sample), sample.bytes(random), "wrong extension " + sample);
      case 5 ->
          write(
              name, sample.extension, invalidUtf8(sample.bytes(random)), "invalid UTF-8 " + sample);
      case 6 ->
          write(name, sample.extension, utf16WithoutBom(sample), "UTF-16 without BOM " + sample);
      case 7 -> write(name, "xml", billionLaughs(), "XML entity bomb");
      case 8 -> write(name, "xml", xxeFile(), "XXE reading a local file");
      case 9 -> write(name, "xml", xxeServer(), "XXE fetching from 127.0.0.1");
      case 10 -> write(name, "rss", xxeFeed(), "XXE in a feed");
      case 11 ->
          write(name, "html", deepHtml(20_000 + random.nextInt(20_000)), "deeply nested HTML");
      case 12 ->
          write(name, "json", deepJson(5_000 + random.nextInt(50_000)), "deeply nested JSON");
      case 13 -> write(name, "txt", longLineBytes(1 + random.nextInt(2)), "one very long line");
      case 14 -> write(name, "xml", parameterEntityXxe(), "XXE through a parameter entity");
      case 15 -> write(name, "xml", quadraticBlowup(), "XML quadratic blowup");
      default -> write(name, sample.extension, sample.bytes(random), "valid " + sample);
    };
  }

  /** Writes a sparse file of {@code megabytes} (cheap to make, must be refused by its size). */
  Input huge(int megabytes) throws IOException {
    Path file = folder.resolve("huge-" + megabytes + "mb.txt");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write("Huge text begins.".getBytes(StandardCharsets.UTF_8));
      out.setLength(megabytes * 1024L * 1024L);
    }
    return new Input(file, "huge file of " + megabytes + " MB");
  }

  /** Writes one line of {@code megabytes} of words without a single line break. */
  Input longLine(int megabytes) throws IOException {
    return write(
        "line-" + megabytes + "mb",
        "txt",
        longLineBytes(megabytes),
        "one line of " + megabytes + " MB");
  }

  /** Writes a plain-text article of {@code words} words in paragraphs of twenty. */
  Input manyWords(int words) throws IOException {
    return write(
        "words-" + words,
        "txt",
        manyWordsText(words).getBytes(StandardCharsets.UTF_8),
        "an article of " + words + " words");
  }

  /** Writes an RSS feed of {@code items} short items. */
  Input bigFeed(int items) throws IOException {
    return write(
        "feed-" + items,
        "rss",
        feedText(items).getBytes(StandardCharsets.UTF_8),
        "a feed of " + items + " items");
  }

  /** Returns a plain-text article of {@code words} words, a sentence and paragraph every 20. */
  static String manyWordsText(int words) {
    String[] vocabulary = {"the", "minister", "said", "talks", "would", "resume", "on", "Friday"};
    StringBuilder text = new StringBuilder(words * 7 + 16).append("A very long report\n\n");
    for (int i = 0; i < words; i++) {
      text.append(vocabulary[i % vocabulary.length]).append(i % 20 == 19 ? ".\n\n" : " ");
    }
    return text.toString();
  }

  /** Returns an RSS 2.0 feed of {@code items} items, each a distinct short report. */
  static String feedText(int items) {
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire")
            .append("</title><link>https://example.org/</link><description>d</description>");
    for (int i = 0; i < items; i++) {
      rss.append("<item><title>Item ")
          .append(i)
          .append("</title><link>https://example.org/a")
          .append(i)
          .append("</link><description>Officials said talks would resume on Friday after item ")
          .append(i)
          .append(" was agreed.</description></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private Input write(String name, String extension, byte[] bytes, String kind) throws IOException {
    Path file = folder.resolve(name + "." + extension);
    Files.write(file, bytes);
    return new Input(file, kind);
  }

  private byte[] truncate(byte[] bytes) {
    int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    byte[] out = new byte[length];
    System.arraycopy(bytes, 0, out, 0, length);
    return out;
  }

  private byte[] flipBits(byte[] bytes) {
    byte[] out = bytes.clone();
    int flips = 1 + random.nextInt(Math.max(1, out.length / 50));
    for (int i = 0; i < flips && out.length > 0; i++) {
      int at = random.nextInt(out.length);
      out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
    }
    return out;
  }

  private byte[] junk(int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }

  private String wrongExtension(Sample sample) {
    Sample other =
        Sample.values()[
            (sample.ordinal() + 1 + random.nextInt(Sample.values().length - 1))
                % Sample.values().length];
    return other.extension;
  }

  private byte[] invalidUtf8(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < 5 && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) (0x80 + random.nextInt(0x40));
    }
    return out;
  }

  private byte[] utf16WithoutBom(Sample sample) {
    String text = new String(sample.bytes(random), StandardCharsets.UTF_8);
    return text.getBytes(
        random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  private static byte[] billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n");
    xml.append("<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<nitf><head><title>Bomb</title></head><body><body.content><p>&lol9;</p>")
        .append("</body.content></body></nitf>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One large entity referenced many times: few expansions, but megabytes of text if allowed. The
   * entity stays small enough for the DOCTYPE to fit the readers' 8 KB format sniffing, so the XML
   * parser, not the detection, meets it.
   */
  private byte[] quadraticBlowup() {
    String big = "a ".repeat(1_500 + random.nextInt(2_000));
    String references = "&big;".repeat(1_000 + random.nextInt(1_000));
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY big \""
            + big
            + "\">]>\n<nitf><head><title>Blowup</title></head><body><body.content><p>"
            + references
            + "</p></body.content></body></nitf>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] xxeFile() {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY secret SYSTEM \""
            + secretFile.toUri()
            + "\">]>\n<nitf><head><title>Leak &secret;</title></head><body><body.head><hedline>"
            + "<hl1>Leak &secret;</hl1></hedline></body.head><body.content><p>The value is &secret;."
            + " More words follow so the article is long enough to keep.</p></body.content></body></nitf>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] xxeServer() {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \""
            + localServer
            + "/nitf.dtd\" [<!ENTITY remote SYSTEM \""
            + localServer
            + "/entity\">]>\n<nitf><head><title>Remote</title></head><body><body.content><p>Fetched:"
            + " &remote;</p></body.content></body></nitf>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] xxeFeed() {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \""
            + secretFile.toUri()
            + "\"><!ENTITY remote SYSTEM \""
            + localServer
            + "/feed-entity\">]>\n<rss version=\"2.0\"><channel><title>Feed</title>"
            + "<link>https://example.org/</link><description>d</description><item><title>Item &secret;"
            + "</title><description>Body &secret; &remote;</description><guid>g1</guid></item>"
            + "</channel></rss>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] parameterEntityXxe() {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY % remote SYSTEM \""
            + localServer
            + "/param.dtd\"> %remote; <!ENTITY % file SYSTEM \""
            + secretFile.toUri()
            + "\">]>\n<nitf><head><title>Param</title></head><body><body.content><p>Text</p>"
            + "</body.content></body></nitf>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deepHtml(int depth) {
    StringBuilder html = new StringBuilder("<!doctype html><html><body>");
    html.append("<div>".repeat(depth))
        .append("Deep text of a report.")
        .append("</div>".repeat(depth));
    return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deepJson(int depth) {
    return ("{\"title\":\"Deep\",\"body\":" + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] longLineBytes(int megabytes) {
    StringBuilder line = new StringBuilder(megabytes * 1024 * 1024 + 16);
    while (line.length() < megabytes * 1024 * 1024) {
      line.append("word ");
    }
    return line.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Small valid samples of each format, varied by the random source. */
  enum Sample {
    TEXT("txt"),
    HTML("html"),
    RSS("rss"),
    ATOM("atom"),
    NITF("xml"),
    NEWSML("xml"),
    JSON("json"),
    JSONL("jsonl");

    final String extension;

    Sample(String extension) {
      this.extension = extension;
    }

    byte[] bytes(Random random) {
      String words = sentence(random) + " " + sentence(random);
      String text =
          switch (this) {
            case TEXT -> "LONDON, March 3 (Reuters) - " + words + "\n\n" + sentence(random) + "\n";
            case HTML ->
                "<!doctype html><html lang=\"en\"><head><title>Report</title>"
                    + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><nav>Home</nav>"
                    + "<article><h1>Report</h1><p>"
                    + words
                    + "</p><p>"
                    + sentence(random)
                    + "</p></article><footer>(c)</footer></body></html>";
            case RSS ->
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://example.org/"
                    + "</link><description>d</description><item><title>Item</title><link>https://example.org/a"
                    + random.nextInt(1000)
                    + "</link><description><![CDATA[<p>"
                    + words
                    + "</p>]]></description><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>";
            case ATOM ->
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire"
                    + "</title><id>urn:x:feed</id><updated>2026-03-03T10:00:00Z</updated><entry><title>Entry</title>"
                    + "<id>urn:x:"
                    + random.nextInt(1000)
                    + "</id><updated>2026-03-03T10:00:00Z</updated>"
                    + "<content type=\"html\">&lt;p&gt;"
                    + words
                    + "&lt;/p&gt;</content></entry></feed>";
            case NITF ->
                "<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"nitf-3-5.dtd\"><nitf><head><title>Story</title>"
                    + "<docdata><doc-id id-string=\"d"
                    + random.nextInt(1000)
                    + "\"/></docdata></head><body><body.head>"
                    + "<hedline><hl1>Story</hl1></hedline></body.head><body.content><p>"
                    + words
                    + "</p></body.content></body></nitf>";
            case NEWSML ->
                "<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:n:"
                    + random.nextInt(1000)
                    + "\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.29\">"
                    + "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Wire\"/>"
                    + "<versionCreated>2026-03-03T10:00:00Z</versionCreated></itemMeta><contentMeta><headline>Story"
                    + "</headline></contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\">"
                    + "<nitf><body><body.content><p>"
                    + words
                    + "</p></body.content></body></nitf></inlineXML>"
                    + "</contentSet></newsItem>";
            case JSON -> "{\"title\":\"Story\",\"outlet\":\"Wire\",\"body\":\"" + words + "\"}";
            case JSONL ->
                "{\"title\":\"One\",\"body\":\""
                    + words
                    + "\"}\n{\"title\":\"Two\",\"body\":\""
                    + sentence(random)
                    + "\"}\n";
          };
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] VOCABULARY = {
      "the", "minister", "said", "talks", "would", "resume", "on", "Friday", "after", "floods",
      "forced", "2,000", "people", "from", "their", "homes", "officials", "announced", "a", "deal"
    };

    private static String sentence(Random random) {
      StringBuilder sentence = new StringBuilder("Officials");
      int words = 8 + random.nextInt(12);
      for (int i = 0; i < words; i++) {
        sentence.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      return sentence.append('.').toString();
    }
  }
}
