package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.model.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files of any supported format as articles: the entry point of ingest.
 *
 * <p>The format is detected from the content (a file named {@code .txt} holding HTML is read as
 * HTML): PDF, NITF, NewsML-G2, RSS/Atom feeds, HTML, JSON / JSON Lines, then plain text. Before
 * that, files that are empty, too large or binary are refused with a reason a person can act on.
 *
 * <p>Returned articles carry version 1; the workspace decides the real version when it stores them.
 */
public final class ArticleReaders {

  /** The largest file read, in bytes; larger files are refused before they are loaded. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReaders.class);
  private static final double MAX_CONTROL_SHARE = 0.05;

  private final List<FormatReader> readers;

  private ArticleReaders(List<FormatReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Returns the readers for every supported format. */
  public static ArticleReaders standard() {
    return new ArticleReaders(
        List.of(
            new PdfReader(),
            new NitfReader(),
            new NewsMlReader(),
            new FeedReader(),
            new HtmlReader(),
            new JsonArticleReader(),
            new PlainTextReader()));
  }

  /** Returns the format readers in the order they are asked, for tests of detection. */
  List<FormatReader> readers() {
    return readers;
  }

  /**
   * Reads a file as one or more articles.
   *
   * @param file the file
   * @return the articles in the file, in the order they appear
   * @throws IngestException when it is not a readable article, naming the file and why
   */
  public List<Article> read(Path file) throws IngestException {
    if (Files.isDirectory(file)) {
      throw new IngestException(file.toString(), "is a folder, not a file (import its files)");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw tooLarge(file.toString(), Files.size(file));
      }
      return read(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new IngestException(file.toString(), "no such file (was it moved or deleted?)", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(
          file.toString(), "permission denied (check that you may read the file)", e);
    } catch (IOException e) {
      throw new IngestException(
          file.toString(), "cannot be read (" + Reasons.firstLine(e.getMessage()) + ")", e);
    }
  }

  /**
   * Reads bytes as one or more articles.
   *
   * @param fileName the file's name, used in messages and provenance
   * @param bytes its content
   * @return the articles in the file, in the order they appear
   * @throws IngestException when it is not a readable article, naming the file and why
   */
  public List<Article> read(String fileName, byte[] bytes) throws IngestException {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(fileName, bytes.length);
    }
    RawFile file = new RawFile(fileName, bytes, TextDecoding.decode(bytes), Sha256.of(bytes));
    FormatReader reader = readerFor(file);
    LOG.debug("reading {} as {}", fileName, reader.format());
    return reader.read(file);
  }

  private FormatReader readerFor(RawFile file) throws IngestException {
    if (file.text().isBlank()) {
      throw new IngestException(file.name(), "the file is empty");
    }
    Optional<FormatReader> binary =
        readers.stream()
            .filter(FormatReader::readsBinary)
            .filter(r -> r.recognises(file))
            .findFirst();
    if (binary.isPresent()) {
      return binary.get();
    }
    if (looksBinary(file)) {
      throw new IngestException(
          file.name(),
          "binary data, not text (supported: text, HTML, RSS/Atom, NITF, NewsML-G2, JSON, PDF)");
    }
    for (FormatReader reader : readers) {
      if (!reader.readsBinary() && reader.recognises(file)) {
        return reader;
      }
    }
    Optional<String> root = SecureXml.rootName(file);
    if (root.isPresent()) {
      SecureXml.parse(file);
      throw new IngestException(
          file.name(),
          "XML with root element <"
              + root.get()
              + "> is not a supported format (supported XML: NITF, NewsML-G2, RSS, Atom, XHTML)");
    }
    throw new IngestException(
        file.name(),
        "not in a supported format (text, HTML, RSS/Atom, NITF, NewsML-G2, JSON, PDF)");
  }

  /** Returns true for NUL bytes or many control characters, the marks of a binary file. */
  private static boolean looksBinary(RawFile file) {
    if (!TextDecoding.hasUtf16Bom(file.bytes())) {
      for (byte b : file.bytes()) {
        if (b == 0) {
          return true;
        }
      }
    }
    String head = file.head(65_536);
    long control =
        head.chars()
                .filter(
                    c ->
                        Character.isISOControl(c)
                            && c != '\n'
                            && c != '\r'
                            && c != '\t'
                            && c != '\f')
                .count()
            + head.chars().filter(c -> c == '\uFFFD').count();
    return control > MAX_CONTROL_SHARE * head.length();
  }

  private static IngestException tooLarge(String name, long size) {
    return new IngestException(
        name,
        String.format(
            Locale.ROOT,
            "the file is %.1f MB, more than the %d MB limit; split it (a feed or JSON Lines file"
                + " into several) or import the articles separately",
            size / 1_048_576.0,
            MAX_BYTES / 1_048_576));
  }
}
