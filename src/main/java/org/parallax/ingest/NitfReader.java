package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;
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
    Element head = SecureXml.child(nitf, "head");
    Element body = SecureXml.child(nitf, "body");
    Element bodyHead = SecureXml.child(body, "body.head");
    Element docdata = SecureXml.child(head, "docdata");
    Element pubdata = SecureXml.child(head, "pubdata");

    ArticleDraft draft = new ArticleDraft();
    String hedline = SecureXml.text(SecureXml.path(bodyHead, "hedline", "hl1"));
    draft.title = hedline != null ? hedline : SecureXml.text(SecureXml.child(head, "title"));
    draft.guid = SecureXml.attribute(SecureXml.child(docdata, "doc-id"), "id-string");
    draft.published = published(docdata, pubdata);
    draft.outlet = outlet(docdata, pubdata, bodyHead);
    draft.byline = byline(SecureXml.child(bodyHead, "byline"));
    draft.dateline = place(SecureXml.child(bodyHead, "dateline"));
    String reference = SecureXml.attribute(pubdata, "ex-ref");
    draft.url = reference != null && reference.matches("(?i)https?://.*") ? reference : null;
    draft.language = SecureXml.language(body != null ? body : nitf);

    BlockText blocks = new BlockText();
    Element content = SecureXml.child(body, "body.content");
    if (content != null) {
      XmlBlocks.collect(content, blocks);
    }
    if (!blocks.hasBody()) {
      throw new IngestException(file.name(), "the NITF document has no paragraphs in body.content");
    }
    String text = blocks.text();
    return List.of(draft.build(text, draft.splitDateline(text, blocks.blocks()), file, format()));
  }

  private static org.parallax.model.Published published(Element docdata, Element pubdata) {
    String norm = SecureXml.attribute(SecureXml.child(docdata, "date.issue"), "norm");
    if (norm == null) {
      norm = SecureXml.attribute(pubdata, "date.publication");
    }
    return NewsDates.parse(norm).orElse(null);
  }

  private static String outlet(Element docdata, Element pubdata, Element bodyHead) {
    String name = SecureXml.attribute(pubdata, "name");
    if (name == null) {
      name = SecureXml.text(SecureXml.child(bodyHead, "distributor"));
    }
    if (name == null) {
      name = SecureXml.attribute(SecureXml.child(docdata, "doc.copyright"), "holder");
    }
    return name == null ? null : Wires.outletName(name);
  }

  /** Returns the byline's persons, or its text without a leading "By". */
  private static String byline(Element byline) {
    if (byline == null) {
      return null;
    }
    List<String> persons =
        SecureXml.descendants(byline, "person").stream().map(SecureXml::text).toList();
    if (!persons.isEmpty()) {
      return String.join(", ", persons);
    }
    Element title = SecureXml.child(byline, "byttl");
    String text = SecureXml.text(byline);
    if (title != null && text != null) {
      text = text.replace(SecureXml.text(title), "");
    }
    return text == null ? null : text.replaceFirst("(?i)^by\\s+", "").replaceFirst("[,;\\s]+$", "");
  }

  private static String place(Element dateline) {
    if (dateline == null) {
      return null;
    }
    String city =
        SecureXml.text(SecureXml.descendants(dateline, "city").stream().findFirst().orElse(null));
    if (city != null) {
      return city;
    }
    String location = SecureXml.text(SecureXml.child(dateline, "location"));
    if (location != null) {
      return location;
    }
    String text = SecureXml.text(dateline);
    return text == null ? null : text.split(",")[0];
  }
}
