package org.parallax.ingest;

import java.util.Locale;
import java.util.Set;
import org.parallax.model.BlockKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Collects the blocks of an XML article body, NITF ({@code p}, {@code hl2}, {@code media-caption})
 * or XHTML ({@code p}, {@code h2}, {@code figcaption}), in reading order.
 */
final class XmlBlocks {

  private static final Set<String> PARAGRAPHS = Set.of("p", "li", "pre");
  private static final Set<String> HEADINGS = Set.of("hl2", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CAPTIONS = Set.of("media-caption", "figcaption", "caption");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "media-reference", "media-metadata", "media-producer", "table");

  private XmlBlocks() {}

  static void collect(Element container, BlockText out) {
    NodeList nodes = container.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (!(node instanceof Element element)) {
        continue;
      }
      String name = Dom.local(element).toLowerCase(Locale.ROOT);
      if (PARAGRAPHS.contains(name)) {
        out.add(BlockKind.BODY, element.getTextContent());
      } else if (HEADINGS.contains(name)) {
        out.add(BlockKind.HEADING, element.getTextContent());
      } else if (CAPTIONS.contains(name)) {
        out.add(BlockKind.CAPTION, element.getTextContent());
      } else if (!SKIPPED.contains(name)) {
        collect(element, out);
      }
    }
  }
}
