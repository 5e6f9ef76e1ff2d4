package org.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;

/**
 * Reads the text layer of a PDF with PDFBox; lines are joined into paragraphs, which then get the
 * same layout analysis as plain text. Encrypted and image-only PDFs are refused with a reason.
 */
final class PdfReader implements FormatReader {

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean readsBinary() {
    return true;
  }

  @Override
  public boolean recognises(RawFile file) {
    byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    if (file.bytes().length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (file.bytes()[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    String extracted;
    String infoTitle;
    try (PDDocument document = Loader.loadPDF(file.bytes())) {
      if (document.isEncrypted()) {
        throw new IngestException(
            file.name(), "the PDF is encrypted; save an unprotected copy and import that");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphEnd("\n\n");
      extracted = stripper.getText(document);
      infoTitle = document.getDocumentInformation().getTitle();
    } catch (InvalidPasswordException e) {
      throw new IngestException(
          file.name(),
          "the PDF is password-protected; save an unprotected copy and import that",
          e);
    } catch (IOException e) {
      throw new IngestException(
          file.name(),
          "not a readable PDF ("
              + Reasons.firstLine(e.getMessage())
              + "); the file may be damaged or cut short: save or download it again",
          e);
    }
    String text = paragraphs(extracted);
    if (text.isBlank()) {
      throw new IngestException(
          file.name(),
          "the PDF has no text layer (probably scanned images); run it through OCR first");
    }
    ArticleDraft draft = new ArticleDraft();
    List<Block> blocks = PlainTextLayout.lay(text, draft);
    if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.BODY)) {
      throw new IngestException(file.name(), "the PDF holds no running text");
    }
    if (infoTitle != null && !infoTitle.isBlank()) {
      draft.title = infoTitle;
    }
    return List.of(draft.build(text, blocks, file, format()));
  }

  /**
   * Joins each paragraph's lines with spaces (undoing end-of-line hyphens), one blank line apart.
   */
  private static String paragraphs(String extracted) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : extracted.replace("\r\n", "\n").split("\n\\s*\n")) {
      String joined =
          paragraph
              .strip()
              .replaceAll("(\\p{Ll})-\\n(\\p{Ll})", "$1$2")
              .replaceAll("\\s*\\n\\s*", " ");
      if (!joined.isBlank()) {
        paragraphs.add(joined);
      }
    }
    return String.join("\n\n", paragraphs);
  }
}
