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
        Dom.local(root).equals("newsItem") ? List.of(root) : Dom.descendants(root, "newsItem");
    List<Article> articles = new ArrayList<>();
    for (Element item : items) {
      BlockText blocks = body(Dom.child(item, "contentSet"));
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
    Element itemMeta = Dom.child(item, "itemMeta");
    Element contentMeta = Dom.child(item, "contentMeta");
    ArticleDraft draft = new ArticleDraft();
    draft.guid = Dom.attribute(item, "guid");
    draft.title = Dom.text(Dom.child(contentMeta, "headline"));
    draft.byline = byline(contentMeta);
    draft.published = firstOf(itemMeta, contentMeta);
    draft.outlet = outlet(item, itemMeta);
    String located = Dom.text(Dom.path(contentMeta, "located", "name"));
    String dateline = Dom.text(Dom.child(contentMeta, "dateline"));
    draft.dateline = located != null ? located : dateline == null ? null : dateline.split(",")[0];
    Element language = Dom.child(contentMeta, "language");
    String tag = Dom.attribute(language, "tag");
    draft.language = tag != null ? tag : Dom.language(item);
    for (Element link : Dom.children(itemMeta, "link")) {
      String href = Dom.attribute(link, "href");
      String rel = Dom.attribute(link, "rel");
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
    String by = Dom.text(Dom.child(contentMeta, "by"));
    if (by != null) {
      return by.replaceFirst("(?i)^by\\s+", "");
    }
    List<String> names = new ArrayList<>();
    for (Element creator : Dom.children(contentMeta, "creator")) {
      String name = Dom.text(Dom.child(creator, "name"));
      names.add(name != null ? name : Dom.attribute(creator, "literal"));
    }
    names.removeIf(name -> name == null);
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** Returns the first creation time the item gives: first created, content created, version. */
  private static Published firstOf(Element itemMeta, Element contentMeta) {
    for (String name : List.of("firstCreated", "contentCreated", "versionCreated")) {
      Element element = Dom.child(itemMeta, name);
      String value = Dom.text(element != null ? element : Dom.child(contentMeta, name));
      if (value != null) {
        return NewsDates.parse(value).orElse(null);
      }
    }
    return null;
  }

  private static String outlet(Element item, Element itemMeta) {
    Element provider = Dom.child(itemMeta, "provider");
    String name = Dom.text(Dom.child(provider, "name"));
    if (name == null) {
      name = Dom.attribute(provider, "literal");
    }
    if (name == null) {
      name = Dom.text(Dom.path(item, "rightsInfo", "copyrightHolder", "name"));
    }
    if (name == null) {
      String qcode = Dom.attribute(provider, "qcode");
      name = qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
    }
    return name == null ? null : Wires.outletName(name);
  }

  private static BlockText body(Element contentSet) {
    BlockText blocks = new BlockText();
    if (contentSet == null) {
      return blocks;
    }
    for (Element inline : Dom.children(contentSet, "inlineXML")) {
      Element content = firstElement(inline);
      if (content != null) {
        String name = Dom.local(content).toLowerCase(Locale.ROOT);
        Element body =
            name.equals("nitf")
                ? Dom.path(content, "body", "body.content")
                : name.equals("html") ? Dom.child(content, "body") : content;
        XmlBlocks.collect(body != null ? body : content, blocks);
        return blocks;
      }
    }
    for (Element inline : Dom.children(contentSet, "inlineData")) {
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
