package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Published;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads IPTC NITF 3.x documents: {@code head} metadata ({@code title}, {@code docdata} with doc-id
 * and date.issue, {@code pubdata}) and {@code body} ({@code body.head} hedline, byline, dateline;
 * {@code body.content} paragraphs, {@code hl2} sub-headings and media captions).
 */
final class NitfReader implements FormatReader {

  @Override
  public String format() {
    return "nitf";
  }

  @Override
  public boolean recognises(RawFile file) {
    return SecureXml.rootName(file).filter("nitf"::equals).isPresent();
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    Document document = SecureXml.parse(file);
    Element nitf = document.getDocumentElement();
    Element head = Dom.child(nitf, "head");
    Element body = Dom.child(nitf, "body");
    Element bodyHead = Dom.child(body, "body.head");
    Element docdata = Dom.child(head, "docdata");
    Element pubdata = Dom.child(head, "pubdata");

    ArticleDraft draft = new ArticleDraft();
    String hedline = Dom.text(Dom.path(bodyHead, "hedline", "hl1"));
    draft.title = hedline != null ? hedline : Dom.text(Dom.child(head, "title"));
    draft.guid = Dom.attribute(Dom.child(docdata, "doc-id"), "id-string");
    draft.published = published(docdata, pubdata);
    draft.outlet = outlet(docdata, pubdata, bodyHead);
    draft.byline = byline(Dom.child(bodyHead, "byline"));
    draft.dateline = place(Dom.child(bodyHead, "dateline"));
    String reference = Dom.attribute(pubdata, "ex-ref");
    draft.url = reference != null && reference.matches("(?i)https?://.*") ? reference : null;
    draft.language = Dom.language(body != null ? body : nitf);

    BlockText blocks = new BlockText();
    Element content = Dom.child(body, "body.content");
    if (content != null) {
      XmlBlocks.collect(content, blocks);
    }
    if (!blocks.hasBody()) {
      throw new IngestException(file.name(), "the NITF document has no paragraphs in body.content");
    }
    String text = blocks.text();
    return List.of(draft.build(text, draft.splitDateline(text, blocks.blocks()), file, format()));
  }

  private static Published published(Element docdata, Element pubdata) {
    String norm = Dom.attribute(Dom.child(docdata, "date.issue"), "norm");
    if (norm == null) {
      norm = Dom.attribute(pubdata, "date.publication");
    }
    return NewsDates.parse(norm).orElse(null);
  }

  private static String outlet(Element docdata, Element pubdata, Element bodyHead) {
    String name = Dom.attribute(pubdata, "name");
    if (name == null) {
      name = Dom.text(Dom.child(bodyHead, "distributor"));
    }
    if (name == null) {
      name = Dom.attribute(Dom.child(docdata, "doc.copyright"), "holder");
    }
    return name == null ? null : Wires.outletName(name);
  }

  /** Returns the byline's persons, or its text without a leading "By". */
  private static String byline(Element byline) {
    if (byline == null) {
      return null;
    }
    List<String> persons = Dom.descendants(byline, "person").stream().map(Dom::text).toList();
    if (!persons.isEmpty()) {
      return String.join(", ", persons);
    }
    Element title = Dom.child(byline, "byttl");
    String text = Dom.text(byline);
    if (title != null && text != null) {
      text = text.replace(Dom.text(title), "");
    }
    return text == null ? null : text.replaceFirst("(?i)^by\\s+", "").replaceFirst("[,;\\s]+$", "");
  }

  private static String place(Element dateline) {
    if (dateline == null) {
      return null;
    }
    String city = Dom.text(Dom.descendants(dateline, "city").stream().findFirst().orElse(null));
    if (city != null) {
      return city;
    }
    String location = Dom.text(Dom.child(dateline, "location"));
    if (location != null) {
      return location;
    }
    String text = Dom.text(dateline);
    return text == null ? null : text.split(",")[0];
  }
}
