package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small namespace-agnostic DOM lookups (by local name) that the XML readers share. */
final class Dom {

  private Dom() {}

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
