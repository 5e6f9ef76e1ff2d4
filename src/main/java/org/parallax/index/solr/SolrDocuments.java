package org.parallax.index.solr;

import java.nio.ByteBuffer;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.parallax.index.AnnotationTerms;
import org.parallax.index.EntityTerms;
import org.parallax.index.IndexedText;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;
import org.parallax.syndication.pure.Fingerprints;

/**
 * The configset's field names (its {@code schema.xml}) and how an article version becomes a Solr
 * document: the same fields and analysis as the embedded index.
 */
final class SolrDocuments {

  static final String KEY = "version_key";
  static final String ID = "id";
  static final String CURRENT = "current";
  static final String CONTENT_HASH = "content_hash";
  static final String VERSION = "version";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String BYLINE = "byline";
  static final String OUTLET = "outlet";
  static final String LEAD = "lead";
  static final String URL = "url";
  static final String ARTICLE = "article";
  static final String PUBLISHED = "published";
  static final String OUTLET_FACET = "outlet_facet";
  static final String DATE_FACET = "published_facet";
  static final String ENTITIES = "entities";
  static final String FINGERPRINT = "fingerprint";
  static final String TAG = "tag";
  static final String TAG_FACET = "tag_facet";
  static final String NOTE = "note";
  static final String ANNOTATOR = "annotator";
  static final String SORT_TITLE = "sort_title";
  static final String SORT_OUTLET = "sort_outlet";
  static final String SORT_BYLINE = "sort_byline";
  static final String WORDS = "words";

  /** Matches the current versions only. */
  static final String CURRENT_ONLY = CURRENT + ":1";

  private SolrDocuments() {}

  /**
   * Returns the key of one version. The {@code !} makes Solr's compositeId router place a document
   * by its story id, so all versions of a story share a shard.
   */
  static String key(String id, int version) {
    return id + "!" + version;
  }

  static SolrInputDocument of(Article article, boolean current, AnnotationTerms annotations) {
    SolrInputDocument doc = new SolrInputDocument();
    String id = article.id().value();
    doc.setField(KEY, key(id, article.version()));
    doc.setField(ID, id);
    doc.setField(CURRENT, current ? 1 : 0);
    doc.setField(CONTENT_HASH, article.contentHash());
    doc.setField(VERSION, article.version());
    String body = IndexedText.body(article);
    doc.setField(BODY, body);
    doc.setField(LEAD, IndexedText.lead(article));
    SearchHit.Details details = SearchHit.Details.of(article);
    doc.setField(SORT_TITLE, details.listedTitle().toLowerCase(Locale.ROOT));
    doc.setField(WORDS, details.words());
    if (article.title() != null) {
      doc.setField(TITLE, article.title());
    }
    if (article.byline() != null) {
      doc.setField(BYLINE, article.byline());
      doc.setField(SORT_BYLINE, article.byline().toLowerCase(Locale.ROOT));
    }
    if (article.outlet() != null) {
      doc.setField(OUTLET, article.outlet());
      doc.setField(OUTLET_FACET, article.outlet());
      doc.setField(SORT_OUTLET, article.outlet().toLowerCase(Locale.ROOT));
    }
    if (article.published() != null) {
      doc.setField(PUBLISHED, Date.from(article.published().approximateInstant()));
      doc.setField(DATE_FACET, article.published().date().toString());
    }
    for (String entity : EntityTerms.of(IndexedText.named(article, body))) {
      doc.addField(ENTITIES, entity);
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.setField(URL, article.url());
    }
    for (String tag : new LinkedHashSet<>(annotations.tags())) {
      doc.addField(TAG, tag);
      doc.addField(TAG_FACET, tag);
    }
    annotations.notes().forEach(note -> doc.addField(NOTE, note));
    annotations.authors().forEach(author -> doc.addField(ANNOTATOR, author));
    Fingerprints.of(body).forEach(print -> doc.addField(FINGERPRINT, print));
    doc.setField(ARTICLE, ArticleJson.toStored(article));
    return doc;
  }

  /** Returns an in-place update that makes a stored version current or not. */
  static SolrInputDocument demotion(String id, int version) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(KEY, key(id, version));
    doc.setField(CURRENT, Map.of("set", 0));
    return doc;
  }

  /** Reads the article a result document stores. */
  static Article article(SolrDocument doc) {
    Object stored = doc.getFirstValue(ARTICLE);
    if (stored instanceof ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.duplicate().get(bytes);
      return ArticleJson.fromStored(bytes);
    }
    return ArticleJson.fromStored((byte[]) stored);
  }
}
