package org.parallax.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
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
import org.parallax.index.AnnotationTerms;
import org.parallax.index.EntityTerms;
import org.parallax.index.IndexedText;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.syndication.pure.Fingerprints;

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

  /** Stored only: the name of the file the article came from, which names an untitled one. */
  static final String SOURCE_NAME = "source_name";

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

  /** Stored only: the opening of the body paragraphs, the plain snippet when nothing matched. */
  static final String LEAD = "lead";

  /** The article's URL as given, exact, to find the article an annotation's target names. */
  static final String URL = "url";

  /** Tags of the annotations on the current version; exact (one token per tag, lower case). */
  static final String ANNOTATION_TAG = "tag";

  /** Notes of the annotations on the current version; analysed like the body. */
  static final String ANNOTATION_NOTE = "note";

  /** Authors of the annotations on the current version; analysed, so one name matches. */
  static final String ANNOTATOR = "annotator";

  /** Facet dimension of annotation tags: how many articles carry each tag. */
  static final String ANNOTATION_FACET = "annotation tag";

  /** Facet dimension of outlets. */
  static final String OUTLET_FACET = "outlet";

  /**
   * The library table's row of the version ({@link LibraryRows}): a binary doc value to list every
   * match at once, stored to fill a few hits.
   */
  static final String ROW = "row";

  /** Facet dimension of publication dates ({@code yyyy-MM-dd}). */
  static final String DATE_FACET = "published";

  private static final FieldType BODY_TYPE = bodyType();

  private IndexSchema() {}

  /** Returns English analysis (lower-casing, stop words, Porter stemming) for the text fields. */
  static Analyzer analyzer() {
    // A tag such as "verbatim-copy" is one term, so tag:verbatim-copy finds exactly that tag.
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(ANNOTATION_TAG, new TagAnalyzer()));
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(OUTLET_FACET, false);
    config.setMultiValued(DATE_FACET, false);
    config.setMultiValued(ANNOTATION_FACET, true);
    return config;
  }

  static String versionKey(String id, int version) {
    return id + "#" + version;
  }

  static String bodyOf(Article article) {
    return IndexedText.body(article);
  }

  static String leadOf(Article article) {
    return IndexedText.lead(article);
  }

  static Document document(Article article, boolean current, FacetsConfig facets) {
    return document(article, current, facets, AnnotationTerms.NONE);
  }

  static Document document(
      Article article, boolean current, FacetsConfig facets, AnnotationTerms annotations) {
    Document doc = new Document();
    String id = article.id().value();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StringField(VERSION_KEY, versionKey(id, article.version()), Field.Store.NO));
    doc.add(new NumericDocValuesField(CURRENT, current ? 1 : 0));
    doc.add(new StringField(CONTENT_HASH, article.contentHash(), Field.Store.YES));
    doc.add(new StoredField(VERSION, article.version()));
    String body = bodyOf(article);
    doc.add(new Field(BODY, body, BODY_TYPE));
    doc.add(new StoredField(LEAD, leadOf(article)));
    if (article.title() != null) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    }
    if (article.source() != null && article.source().name() != null) {
      doc.add(new StoredField(SOURCE_NAME, article.source().name()));
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
    String names = IndexedText.named(article, body);
    for (String entity : EntityTerms.of(names)) {
      doc.add(new StringField(ENTITIES, entity, Field.Store.NO));
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.add(new StringField(URL, article.url(), Field.Store.NO));
    }
    addAnnotationTerms(doc, annotations);
    addFingerprints(doc, body);
    LibraryRows.addFields(doc, article);
    doc.add(new StoredField(ARTICLE, ArticleJson.toStored(article)));
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addAnnotationTerms(Document doc, AnnotationTerms annotations) {
    for (String tag : new LinkedHashSet<>(annotations.tags())) {
      doc.add(new TextField(ANNOTATION_TAG, tag, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(ANNOTATION_FACET, tag));
    }
    for (String note : annotations.notes()) {
      doc.add(new TextField(ANNOTATION_NOTE, note, Field.Store.NO));
    }
    for (String author : annotations.authors()) {
      doc.add(new TextField(ANNOTATOR, author, Field.Store.NO));
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

  /** Reads a whole tag as one lower-cased term. */
  private static final class TagAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    // Offsets in the postings let the highlighter find matches without re-analysing the text.
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
