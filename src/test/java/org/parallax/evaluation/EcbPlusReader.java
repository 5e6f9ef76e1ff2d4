package org.parallax.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Sha256;
import org.parallax.model.SourceFile;
import org.parallax.model.Span;

/**
 * Reads ECB+ documents (Cybulska and Vossen 2014, CC BY 3.0): tokens with sentence numbers, joined
 * back into text with one paragraph per sentence.
 *
 * <p>The sub-topic-2 files ({@code *ecbplus.xml}) open with the source page's URL as a tokenised
 * sentence; it names the story and would give the answer away, so sentences that are URLs are
 * dropped.
 */
public final class EcbPlusReader {

  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d",
          "'m", "''", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");

  private EcbPlusReader() {}

  /**
   * Reads every document under the ECB+ folder (the one holding the topic folders).
   *
   * @param folder the {@code ECB+} folder
   * @throws IOException when a file cannot be read or is not ECB+ XML
   */
  public static List<EcbPlusDocument> readAll(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    List<EcbPlusDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(read(file.getFileName().toString(), Files.readAllBytes(file)));
    }
    return documents;
  }

  /**
   * Reads one ECB+ document.
   *
   * @param fileName the file's name, such as {@code 1_10ecbplus.xml}, which carries its labels
   * @param bytes the XML
   * @throws IOException when the name or the XML is not ECB+
   */
  public static EcbPlusDocument read(String fileName, byte[] bytes) throws IOException {
    Matcher name = NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IOException(fileName + ": not an ECB+ file name (expected TOPIC_Necb[plus].xml)");
    }
    TreeMap<Integer, List<String>> sentences = tokensBySentence(fileName, bytes);
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (List<String> tokens : sentences.values()) {
      String sentence = detokenise(tokens);
      if (sentence.isBlank() || isUrl(tokens)) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(sentence);
      blocks.add(new Block(BlockKind.BODY, new Span(start, text.length())));
    }
    String id = fileName.substring(0, fileName.length() - ".xml".length());
    String content = text.toString();
    Article article =
        new Article(
            new ArticleId(id),
            1,
            Sha256.of(content),
            null,
            null,
            null,
            null,
            null,
            null,
            "en",
            content,
            blocks,
            new SourceFile(fileName, Sha256.of(bytes), "ecbplus"),
            Instant.EPOCH);
    return new EcbPlusDocument(id, Integer.parseInt(name.group(1)), name.group(3), article);
  }

  private static TreeMap<Integer, List<String>> tokensBySentence(String fileName, byte[] bytes)
      throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    TreeMap<Integer, List<String>> sentences = new TreeMap<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("token")) {
          int sentence = Integer.parseInt(xml.getAttributeValue(null, "sentence"));
          sentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(xml.getElementText());
        }
      }
      xml.close();
    } catch (XMLStreamException | NumberFormatException e) {
      throw new IOException(fileName + ": not ECB+ XML (" + e.getMessage() + ")", e);
    }
    return sentences;
  }

  private static boolean isUrl(List<String> tokens) {
    String joined = String.join("", tokens).toLowerCase(Locale.ROOT);
    return joined.startsWith("http:") || joined.startsWith("https:") || joined.startsWith("www.");
  }

  /** Joins tokens with spaces, except before closing punctuation and after opening marks. */
  static String detokenise(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    String previous = null;
    for (String token : tokens) {
      String word = token.strip();
      if (word.isEmpty()) {
        continue;
      }
      boolean space =
          previous != null && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(previous);
      if (space) {
        out.append(' ');
      }
      out.append(word);
      previous = word;
    }
    return out.toString();
  }
}
