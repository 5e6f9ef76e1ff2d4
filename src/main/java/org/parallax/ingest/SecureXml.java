package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML safely, and the small DOM helpers the XML readers share.
 *
 * <p>A DOCTYPE is accepted (real NITF files carry one) but no DTD, external entity or network
 * resource is ever loaded, and entity expansion is bounded.
 */
final class SecureXml {

  private static final int ENTITY_EXPANSION_LIMIT = 2_000;
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
              + firstLine(e.getMessage())
              + " (fix the file or export it again from its source)",
          e);
    } catch (SAXException | IOException e) {
      throw new IngestException(file.name(), "unreadable XML: " + firstLine(e.getMessage()), e);
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

  static String firstLine(String message) {
    if (message == null) {
      return "no detail given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Returns the child elements of {@code parent} with the given local name. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && localName.equals(local(e))) {
        found.add(e);
      }
    }
    return found;
  }

  /** Returns the first child element with the given local name, or null. */
  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Follows a path of local names from {@code parent}; null when any step is missing. */
  static Element path(Element parent, String... localNames) {
    Element at = parent;
    for (String name : localNames) {
      at = child(at, name);
    }
    return at;
  }

  /** Returns every descendant element with the given local name, in document order. */
  static List<Element> descendants(Element root, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** Returns the element's text with white space collapsed, or null for a missing element. */
  static String text(Element element) {
    return element == null ? null : ArticleDraft.clean(element.getTextContent());
  }

  /** Returns the attribute's value, or null when absent or blank. */
  static String attribute(Element element, String name) {
    if (element == null) {
      return null;
    }
    String value = element.getAttribute(name);
    return value.isBlank() ? null : value.strip();
  }

  /** Returns the nearest {@code xml:lang} on the element or its ancestors, or null. */
  static String language(Element element) {
    for (Node at = element; at instanceof Element e; at = at.getParentNode()) {
      String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      if (!lang.isBlank()) {
        return lang.strip();
      }
    }
    return null;
  }

  static String local(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }
}
