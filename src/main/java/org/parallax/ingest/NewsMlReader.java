package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads IPTC NewsML-G2 {@code newsItem}s, alone or in a {@code newsMessage}: the item's guid,
 * {@code itemMeta} (provider, firstCreated), {@code contentMeta} (headline, by/creator, located,
 * dateline, language) and the {@code contentSet} body as inline XHTML, inline NITF or inline text.
 */
final class NewsMlReader implements FormatReader {

  @Override
  public String format() {
    return "newsml";
  }

  @Override
  public boolean recognises(RawFile file) {
    return SecureXml.rootName(file)
        .filter(root -> root.equals("newsItem") || root.equals("newsMessage"))
        .isPresent();
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    Document document = SecureXml.parse(file);
    Element root = document.getDocumentElement();
    List<Element> items =
        SecureXml.local(root).equals("newsItem")
            ? List.of(root)
            : SecureXml.descendants(root, "newsItem");
    List<Article> articles = new ArrayList<>();
    for (Element item : items) {
      BlockText blocks = body(SecureXml.child(item, "contentSet"));
      if (blocks.hasBody()) {
        ArticleDraft draft = metadata(item);
        String text = blocks.text();
        articles.add(draft.build(text, draft.splitDateline(text, blocks.blocks()), file, format()));
      }
    }
    if (articles.isEmpty()) {
      throw new IngestException(
          file.name(), "the NewsML-G2 file has no news item with text in its contentSet");
    }
    return List.copyOf(articles);
  }

  private static ArticleDraft metadata(Element item) {
    Element itemMeta = SecureXml.child(item, "itemMeta");
    Element contentMeta = SecureXml.child(item, "contentMeta");
    ArticleDraft draft = new ArticleDraft();
    draft.guid = SecureXml.attribute(item, "guid");
    draft.title = SecureXml.text(SecureXml.child(contentMeta, "headline"));
    draft.byline = byline(contentMeta);
    draft.published = firstOf(itemMeta, contentMeta);
    draft.outlet = outlet(item, itemMeta);
    String located = SecureXml.text(SecureXml.path(contentMeta, "located", "name"));
    String dateline = SecureXml.text(SecureXml.child(contentMeta, "dateline"));
    draft.dateline = located != null ? located : dateline == null ? null : dateline.split(",")[0];
    Element language = SecureXml.child(contentMeta, "language");
    String tag = SecureXml.attribute(language, "tag");
    draft.language = tag != null ? tag : SecureXml.language(item);
    for (Element link : SecureXml.children(itemMeta, "link")) {
      String href = SecureXml.attribute(link, "href");
      String rel = SecureXml.attribute(link, "rel");
      if (href != null
          && href.matches("(?i)https?://.*")
          && rel != null
          && rel.endsWith("canonical")) {
        draft.url = href;
      }
    }
    return draft;
  }

  private static String byline(Element contentMeta) {
    String by = SecureXml.text(SecureXml.child(contentMeta, "by"));
    if (by != null) {
      return by.replaceFirst("(?i)^by\\s+", "");
    }
    List<String> names = new ArrayList<>();
    for (Element creator : SecureXml.children(contentMeta, "creator")) {
      String name = SecureXml.text(SecureXml.child(creator, "name"));
      names.add(name != null ? name : SecureXml.attribute(creator, "literal"));
    }
    names.removeIf(name -> name == null);
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static Published firstOf(Element itemMeta, Element contentMeta) {
    for (String[] path :
        new String[][] {{"firstCreated"}, {"contentCreated"}, {"versionCreated"}}) {
      String value = SecureXml.text(SecureXml.child(itemMeta, path[0]));
      if (value == null) {
        value = SecureXml.text(SecureXml.child(contentMeta, path[0]));
      }
      if (value != null) {
        return NewsDates.parse(value).orElse(null);
      }
    }
    return null;
  }

  private static String outlet(Element item, Element itemMeta) {
    Element provider = SecureXml.child(itemMeta, "provider");
    String name = SecureXml.text(SecureXml.child(provider, "name"));
    if (name == null) {
      name = SecureXml.attribute(provider, "literal");
    }
    if (name == null) {
      name = SecureXml.text(SecureXml.path(item, "rightsInfo", "copyrightHolder", "name"));
    }
    if (name == null) {
      String qcode = SecureXml.attribute(provider, "qcode");
      name = qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
    }
    return name == null ? null : Wires.outletName(name);
  }

  private static BlockText body(Element contentSet) {
    BlockText blocks = new BlockText();
    if (contentSet == null) {
      return blocks;
    }
    for (Element inline : SecureXml.children(contentSet, "inlineXML")) {
      Element content = firstElement(inline);
      if (content != null) {
        String name = SecureXml.local(content).toLowerCase(Locale.ROOT);
        Element body =
            name.equals("nitf")
                ? SecureXml.path(content, "body", "body.content")
                : name.equals("html") ? SecureXml.child(content, "body") : content;
        XmlBlocks.collect(body != null ? body : content, blocks);
        return blocks;
      }
    }
    for (Element inline : SecureXml.children(contentSet, "inlineData")) {
      blocks.addPlainParagraphs(inline.getTextContent());
      return blocks;
    }
    return blocks;
  }

  private static Element firstElement(Element parent) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        return element;
      }
    }
    return null;
  }
}
