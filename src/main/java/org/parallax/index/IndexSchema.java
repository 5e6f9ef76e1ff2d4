package org.parallax.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.scan.Fingerprints;

/**
 * The fields of an indexed article version and how each is analysed.
 *
 * <p>Every version is one document. {@link #CURRENT} is a doc value (1 or 0) so that storing a new
 * version can demote the old one in place, without rewriting it.
 */
final class IndexSchema {

  /** The story id, shared by all versions; exact and stored. */
  static final String ID = "id";

  /** The story id and version, unique per document; exact. */
  static final String VERSION_KEY = "version_key";

  /** 1 for the current version of a story, 0 for earlier ones (doc value). */
  static final String CURRENT = "current";

  /** Hex SHA-256 of the article's text; exact and stored. */
  static final String CONTENT_HASH = "content_hash";

  /** Version number, stored. */
  static final String VERSION = "version";

  static final String TITLE = "title";
  static final String BODY = "body";
  static final String BYLINE = "byline";
  static final String OUTLET = "outlet";

  /** Publication instant in epoch milliseconds (points and doc values, for ranges, decay, sort). */
  static final String PUBLISHED = "published";

  /** Publication in ISO-8601, stored for hits. */
  static final String PUBLISHED_ISO = "published_iso";

  /** Lower-cased capitalised names, exact, for related reports. */
  static final String ENTITIES = "entities";

  /** Sampled word-shingle hashes of the body ({@code Fingerprints}), exact, for the scan. */
  static final String FINGERPRINT = "fingerprint";

  /** Marks a document indexed with {@link #FINGERPRINT}; older indexes lack it. */
  static final String FINGERPRINTED = "fingerprinted";

  /** The whole article as JSON bytes. */
  static final String ARTICLE = "article";

  /** Facet dimension of outlets. */
  static final String OUTLET_FACET = "outlet";

  /** Facet dimension of publication dates ({@code yyyy-MM-dd}). */
  static final String DATE_FACET = "published";

  private static final FieldType BODY_TYPE = bodyType();

  private IndexSchema() {}

  /** Returns English analysis (lower-casing, stop words, Porter stemming) for the text fields. */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(OUTLET_FACET, false);
    config.setMultiValued(DATE_FACET, false);
    return config;
  }

  static String versionKey(String id, int version) {
    return id + "#" + version;
  }

  /** Returns the searchable text of an article: its blocks, or the whole text if it has none. */
  static String bodyOf(Article article) {
    if (article.blocks().isEmpty()) {
      return article.text();
    }
    return article.blocks().stream()
        .map(Block::span)
        .map(span -> span.of(article.text()))
        .collect(Collectors.joining("\n\n"));
  }

  static Document document(Article article, boolean current, FacetsConfig facets) {
    Document doc = new Document();
    String id = article.id().value();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StringField(VERSION_KEY, versionKey(id, article.version()), Field.Store.NO));
    doc.add(new NumericDocValuesField(CURRENT, current ? 1 : 0));
    doc.add(new StringField(CONTENT_HASH, article.contentHash(), Field.Store.YES));
    doc.add(new StoredField(VERSION, article.version()));
    String body = bodyOf(article);
    doc.add(new Field(BODY, body, BODY_TYPE));
    if (article.title() != null) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    }
    if (article.byline() != null) {
      doc.add(new TextField(BYLINE, article.byline(), Field.Store.NO));
    }
    if (article.outlet() != null) {
      doc.add(new TextField(OUTLET, article.outlet(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(OUTLET_FACET, article.outlet()));
    }
    if (article.published() != null) {
      long millis = article.published().approximateInstant().toEpochMilli();
      doc.add(new LongField(PUBLISHED, millis, Field.Store.NO));
      doc.add(new StoredField(PUBLISHED_ISO, article.published().toIso()));
      doc.add(new SortedSetDocValuesFacetField(DATE_FACET, article.published().date().toString()));
    }
    String names = article.title() == null ? body : article.title() + "\n\n" + body;
    for (String entity : EntityTerms.of(names)) {
      doc.add(new StringField(ENTITIES, entity, Field.Store.NO));
    }
    addFingerprints(doc, body);
    doc.add(new StoredField(ARTICLE, ArticleCodec.encode(article)));
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addFingerprints(Document doc, String body) {
    for (String fingerprint : Fingerprints.of(body)) {
      doc.add(new StringField(FINGERPRINT, fingerprint, Field.Store.NO));
    }
    doc.add(new StringField(FINGERPRINTED, "1", Field.Store.NO));
  }

  /** Field boosts of the query parser: a word in the title counts twice. */
  static Map<String, Float> searchFields() {
    return Map.of(TITLE, 2f, BODY, 1f, BYLINE, 1f, OUTLET, 1f);
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    // Offsets in the postings let the highlighter find matches without re-analysing the text.
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
