package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML safely.
 *
 * <p>A DOCTYPE is accepted (real NITF files carry one) but no DTD, external entity or network
 * resource is ever loaded, and entity expansion is bounded.
 */
final class SecureXml {

  private static final int ENTITY_EXPANSION_LIMIT = 2_000;

  /**
   * The most characters all entity references of one file may expand to. Real news XML uses
   * entities for single characters; without this cap a few kilobytes of DTD (one large entity
   * referenced under {@link #ENTITY_EXPANSION_LIMIT} times, a "quadratic blowup") made a 17 KB file
   * into an article of 14 million characters.
   */
  private static final int ENTITY_SIZE_LIMIT = 1_000_000;

  private static final Pattern ROOT =
      Pattern.compile(
          "\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:(?:<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)\\s*)*<(?:[\\w.-]+:)?([\\w.-]+)",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private SecureXml() {}

  /** Returns the local name of the root element as sniffed from the text, if it looks like XML. */
  static Optional<String> rootName(RawFile file) {
    Matcher m = ROOT.matcher(file.head(8_192));
    return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Parses the file as namespace-aware XML without loading anything it refers to. */
  static Document parse(RawFile file) throws IngestException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      // Belt and braces: even if a parser ignored a feature, nothing outside the file is read.
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(QUIET);
      return builder.parse(new ByteArrayInputStream(file.bytes()));
    } catch (SAXParseException e) {
      if (String.valueOf(e.getMessage()).contains("accumulated size of entities")) {
        throw new IngestException(
            file.name(),
            "the XML's entities expand to more than "
                + ENTITY_SIZE_LIMIT
                + " characters (an entity bomb); refused",
            e);
      }
      if (String.valueOf(e.getMessage()).contains("entity expansions")) {
        throw new IngestException(
            file.name(),
            "the XML expands entities more than "
                + ENTITY_EXPANSION_LIMIT
                + " times (an entity bomb); refused",
            e);
      }
      throw new IngestException(
          file.name(),
          "malformed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + Reasons.firstLine(e.getMessage())
              + " (fix the file or export it again from its source)",
          e);
    } catch (SAXException | IOException e) {
      throw new IngestException(
          file.name(), "unreadable XML: " + Reasons.firstLine(e.getMessage()), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setAttribute(
        "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit",
        String.valueOf(ENTITY_EXPANSION_LIMIT));
    factory.setAttribute(
        "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit",
        String.valueOf(ENTITY_SIZE_LIMIT));
    return factory;
  }

  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings do not stop a parse and are not the user's concern
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
