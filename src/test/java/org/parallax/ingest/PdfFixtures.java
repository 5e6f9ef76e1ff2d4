package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Makes small real PDFs with PDFBox for the PDF reader's tests. */
final class PdfFixtures {

  private PdfFixtures() {}

  /** Returns a one-page PDF whose lines are drawn top to bottom; blank strings leave a gap. */
  static byte[] textPdf(String title, List<String> lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      addPage(document, lines);
      if (title != null) {
        document.getDocumentInformation().setTitle(title);
      }
      return save(document);
    }
  }

  /** Returns a PDF that needs a password to open. */
  static byte[] passwordProtectedPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      addPage(document, List.of("Secret report text."));
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  /** Returns a PDF with a page but no text, as a scan without OCR looks. */
  static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      return save(document);
    }
  }

  private static void addPage(PDDocument document, List<String> lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      float y = 780;
      for (String line : lines) {
        if (!line.isEmpty()) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(60, y);
          content.showText(line);
          content.endText();
        }
        y -= line.isEmpty() ? 22 : 14;
      }
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
