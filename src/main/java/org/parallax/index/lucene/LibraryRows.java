package org.parallax.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;

/**
 * The library table's rows in the index: each document carries its row (every column) as one binary
 * doc value, plus a doc value per sortable column, so listing and sorting 100,000 matches reads no
 * stored text.
 *
 * <p>Rows are decoded once per segment and kept until the segment goes: segments never change, and
 * the one thing updated in place ({@link IndexSchema#CURRENT}) is not part of a row. A document
 * stored before rows existed is read from its stored article on first use.
 */
final class LibraryRows {

  private final Map<Object, SearchHit[]> segments = new ConcurrentHashMap<>();

  /** Adds the row of an article version to its document. */
  static void addFields(Document doc, Article article) {
    SearchHit.Details details = SearchHit.Details.of(article);
    BytesRef row = new BytesRef(encode(article, details));
    doc.add(new BinaryDocValuesField(IndexSchema.ROW, row));
    doc.add(new StoredField(IndexSchema.ROW, row));
  }

  /** Returns the row of a document (score 0, no snippet), by its index-wide doc number. */
  SearchHit row(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SearchHit[] rows = segmentRows(leaf.reader());
    int local = doc - leaf.docBase;
    SearchHit row = rows[local];
    if (row == null) {
      // Stored before rows existed: read once from the stored article, then kept like the rest.
      row = fromArticle(leaf.reader(), local);
      rows[local] = row;
    }
    return row;
  }

  /** Returns the details of a hit read through stored fields, null when stored before rows. */
  static SearchHit.Details storedDetails(Document stored) throws IOException {
    BytesRef bytes = stored.getBinaryValue(IndexSchema.ROW);
    return bytes == null ? null : decode(bytes).details();
  }

  private SearchHit[] segmentRows(LeafReader leaf) throws IOException {
    Object key = leaf.getCoreCacheHelper().getKey();
    SearchHit[] cached = segments.get(key);
    if (cached != null) {
      return cached;
    }
    SearchHit[] rows = new SearchHit[leaf.maxDoc()];
    BinaryDocValues values = leaf.getBinaryDocValues(IndexSchema.ROW);
    if (values != null) {
      for (int doc = values.nextDoc(); doc < rows.length; doc = values.nextDoc()) {
        rows[doc] = decode(values.binaryValue());
      }
    }
    if (segments.putIfAbsent(key, rows) == null) {
      leaf.getCoreCacheHelper().addClosedListener(segments::remove);
    }
    return segments.get(key);
  }

  private static SearchHit fromArticle(LeafReader leaf, int doc) throws IOException {
    Document stored = leaf.storedFields().document(doc, Set.of(IndexSchema.ARTICLE));
    Article article = ArticleJson.fromStored(stored.getBinaryValue(IndexSchema.ARTICLE).bytes);
    return new SearchHit(
        article.id(),
        article.outlet(),
        article.title(),
        article.published(),
        0,
        "",
        article.source() == null ? null : article.source().name(),
        SearchHit.Details.of(article));
  }

  private static byte[] encode(Article article, SearchHit.Details details) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(article.id().value());
      writeNullable(out, article.outlet());
      writeNullable(out, article.title());
      writeNullable(out, article.published() == null ? null : article.published().toIso());
      writeNullable(out, article.source() == null ? null : article.source().name());
      out.writeString(details.listedTitle());
      writeNullable(out, details.byline());
      out.writeVInt(details.words());
      out.writeVInt(details.versions());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toArrayCopy();
  }

  private static SearchHit decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    ArticleId id = new ArticleId(in.readString());
    String outlet = readNullable(in);
    String title = readNullable(in);
    String published = readNullable(in);
    String fileName = readNullable(in);
    SearchHit.Details details =
        new SearchHit.Details(in.readString(), readNullable(in), in.readVInt(), in.readVInt());
    return new SearchHit(
        id,
        outlet,
        title,
        published == null ? null : Published.parseIso(published),
        0,
        "",
        fileName,
        details);
  }

  private static void writeNullable(ByteBuffersDataOutput out, String value) {
    out.writeByte((byte) (value == null ? 0 : 1));
    if (value != null) {
      out.writeString(value);
    }
  }

  private static String readNullable(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 0 ? null : in.readString();
  }
}
