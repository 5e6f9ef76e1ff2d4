package org.parallax.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.parallax.index.AnnotationTerms;
import org.parallax.index.ArchiveCredentials;
import org.parallax.index.ArticleIndex;
import org.parallax.index.DeletedVersions;
import org.parallax.index.IndexUnavailableException;
import org.parallax.index.QuerySyntaxException;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.syndication.pure.FingerprintTable;

/**
 * The shared backend: a collection on SolrCloud holding a newsroom's archive, one document per
 * article version as in the embedded index.
 *
 * <p>Writes from this process are serialised; what other analysts store becomes visible at their
 * commits. Reads stream large answers with cursors, never one giant response.
 */
public final class SolrArticleIndex implements ArticleIndex {

  private final SolrClient client;
  private final SolrLocation location;
  private final Object writeLock = new Object();
  private final SolrReads reads = new SolrReads(this::query);

  private final SolrWriter writer;

  private SolrArticleIndex(SolrClient client, SolrLocation location) {
    this.client = client;
    this.location = location;
    this.writer = new SolrWriter(client, location, reads::stream);
  }

  /**
   * Connects to a collection and checks that it answers.
   *
   * @param credentials what the cluster's basic authentication asks for, or {@link
   *     ArchiveCredentials#NONE}
   * @throws IOException naming the location when no node answers or the collection is missing
   */
  public static SolrArticleIndex open(SolrLocation location, ArchiveCredentials credentials)
      throws IOException {
    SolrArticleIndex index = new SolrArticleIndex(SolrClients.of(location, credentials), location);
    try {
      index.count(new SolrQuery("*:*"));
      return index;
    } catch (UncheckedIOException e) {
      index.close();
      if (e instanceof IndexUnavailableException
          && SolrFailures.refusesCredentials(location, credentials)) {
        throw new IOException(SolrFailures.refusedCredentials(location), e);
      }
      throw e.getCause();
    }
  }

  @Override
  public Optional<Article> store(Article article, Instant ingestedAt) {
    synchronized (writeLock) {
      return writer.store(article, ingestedAt);
    }
  }

  /** Looks up the stored versions of the stories to come in one request per few hundred. */
  @Override
  public void prepareToStore(Collection<ArticleId> stories) {
    synchronized (writeLock) {
      writer.prefetch(stories);
    }
  }

  @Override
  public void commit() {
    synchronized (writeLock) {
      writer.commit();
    }
  }

  @Override
  public List<Article> versions(ArticleId id) {
    SolrQuery query = new SolrQuery(term(SolrDocuments.ID, id.value()));
    query.setFields(SolrDocuments.ARTICLE);
    List<Article> versions = new ArrayList<>();
    reads.stream(query, doc -> versions.add(SolrDocuments.article(doc)));
    versions.sort(Comparator.comparingInt(Article::version));
    return versions;
  }

  @Override
  public Optional<Article> byUrl(String url) {
    SolrQuery query = new SolrQuery(term(SolrDocuments.URL, url));
    query.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    query.setFields(SolrDocuments.ARTICLE);
    query.setRows(1);
    QueryResponse response = query(query);
    return response.getResults().stream().findFirst().map(SolrDocuments::article);
  }

  @Override
  public int setAnnotationTerms(Map<ArticleId, AnnotationTerms> terms) {
    synchronized (writeLock) {
      commit();
      int updated = 0;
      for (Map.Entry<ArticleId, AnnotationTerms> entry : terms.entrySet()) {
        Optional<Article> current = current(entry.getKey());
        if (current.isPresent()) {
          SolrInputDocument doc = SolrDocuments.of(current.get(), true, entry.getValue());
          call(() -> client.add(doc));
          updated++;
        }
      }
      commit();
      return updated;
    }
  }

  @Override
  public long size() {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    return count(query);
  }

  @Override
  public SearchResults search(
      String query, List<String> outlets, List<String> dates, boolean sortByDate, int limit) {
    SolrQuery request = SolrSearch.request(query, outlets, dates);
    SolrSearch.highlight(request);
    request.setRows(Math.max(1, limit));
    if (sortByDate) {
      request.addSort(SolrDocuments.PUBLISHED, SolrQuery.ORDER.desc);
      request.addSort("score", SolrQuery.ORDER.desc);
    }
    return SolrSearch.results(search(request, query), true);
  }

  @Override
  public SearchResults browse(
      String query, List<String> outlets, List<String> dates, LibraryOrder order, int limit) {
    SolrQuery request = SolrSearch.request(query, outlets, dates);
    request.setRows(Math.max(1, limit));
    SolrSearch.order(request, order, SolrSearch.isBlank(query));
    return SolrSearch.results(search(request, query), false);
  }

  @Override
  public String snippet(String query, ArticleId id) {
    SolrQuery request = SolrSearch.request(query, List.of(), List.of());
    request.setFacet(false);
    request.addFilterQuery(term(SolrDocuments.ID, id.value()));
    SolrSearch.highlight(request);
    request.setRows(1);
    QueryResponse response = search(request, query);
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      Map<String, List<String>> fields =
          highlights == null ? null : highlights.get((String) doc.getFirstValue(SolrDocuments.KEY));
      List<String> passages = fields == null ? null : fields.get(SolrDocuments.BODY);
      if (passages != null && !passages.isEmpty()) {
        return passages.get(0).strip();
      }
    }
    return "";
  }

  @Override
  public List<SearchHit> related(ArticleId id, int limit) {
    return current(id).map(article -> related(article, limit, true)).orElse(List.of());
  }

  @Override
  public List<SearchHit> relatedWithoutSnippets(ArticleId id, int limit) {
    return current(id).map(article -> related(article, limit, false)).orElse(List.of());
  }

  private List<SearchHit> related(Article article, int limit, boolean withSnippets) {
    Map<String, Float> terms =
        SolrRelated.terms(query(SolrRelated.TERMS_HANDLER, SolrRelated.termsRequest(article)));
    SolrQuery request = SolrRelated.request(article, terms, limit, withSnippets);
    DoubleSupplier selfScore =
        terms.isEmpty()
            ? () -> 0
            : () ->
                query(SolrRelated.selfRequest(request, article)).getResults().stream()
                    .mapToDouble(doc -> ((Number) doc.getFirstValue("score")).doubleValue())
                    .findFirst()
                    .orElse(0);
    return SolrRelated.hits(query(request), article, limit, withSnippets, selfScore);
  }

  @Override
  public FingerprintTable fingerprintTable(int maxReportsPerPrint) {
    return reads.fingerprintTable(maxReportsPerPrint);
  }

  /** Asks the cluster about one report's fingerprints instead of reading every report's. */
  @Override
  public List<FingerprintTable.Overlap> fingerprintOverlaps(
      ArticleId id, int minShared, int limit, int maxReportsPerPrint) {
    return current(id)
        .map(report -> SolrOverlaps.of(this::query, report, minShared, limit, maxReportsPerPrint))
        .orElse(List.of());
  }

  @Override
  public void forEachCurrentText(Consumer<String> visitor) {
    reads.forEachCurrentText(visitor);
  }

  @Override
  public List<ArticleId> currentIds(Instant since) {
    return reads.currentIds(since);
  }

  /** Every document on the cluster carries its fingerprints from the start. */
  @Override
  public int addMissingFingerprints() {
    return 0;
  }

  @Override
  public List<Article> delete(ArticleId id) {
    synchronized (writeLock) {
      commit();
      List<Article> removed = versions(id);
      if (!removed.isEmpty()) {
        call(() -> client.deleteByQuery(term(SolrDocuments.ID, id.value())));
        commit();
      }
      return removed;
    }
  }

  @Override
  public void restore(List<Article> versions) {
    if (versions.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      commit();
      int latest = DeletedVersions.newestRestorable(this, versions);
      List<SolrInputDocument> docs = new ArrayList<>();
      for (Article version : versions) {
        docs.add(SolrDocuments.of(version, version.version() == latest, AnnotationTerms.NONE));
      }
      call(() -> client.add(docs));
      commit();
    }
  }

  @Override
  public List<Article> currentArticles() {
    return reads.currentArticles();
  }

  @Override
  public Set<String> sourceHashes() {
    return reads.sourceHashes();
  }

  /** The archive's disk lies on the cluster's nodes, not in the workspace: nothing here. */
  @Override
  public long sizeOnDisk() {
    return 0;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }

  private long count(SolrQuery query) {
    query.setRows(0);
    return query(query).getResults().getNumFound();
  }

  /** Runs a search an analyst typed: a query Solr refuses is the analyst's syntax error. */
  private QueryResponse search(SolrQuery request, String typed) {
    try {
      return client.query(request, SolrRequest.METHOD.POST);
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new QuerySyntaxException(
            "cannot understand the query \"" + typed + "\": " + e.getMessage());
      }
      throw unreachable(e);
    } catch (SolrServerException | IOException e) {
      throw unreachable(e);
    }
  }

  /**
   * Runs a read. Always POSTed: a batch of story ids, a report's fingerprints or a long typed query
   * would not fit in a URL (HTTP/2 refuses headers over 8 KB).
   */
  private QueryResponse query(SolrQuery request) {
    return call(() -> client.query(request, SolrRequest.METHOD.POST));
  }

  /** Sends a request to another of the collection's handlers than {@code /select}. */
  private QueryResponse query(String handler, SolrQuery request) {
    QueryRequest at = new QueryRequest(request, SolrRequest.METHOD.POST);
    at.setPath(handler);
    return call(() -> at.process(client, location.collection()));
  }

  private <T> T call(SolrCall<T> call) {
    try {
      return call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      throw unreachable(e);
    }
  }

  private UncheckedIOException unreachable(Exception cause) {
    return SolrFailures.of(location, cause);
  }

  @FunctionalInterface
  private interface SolrCall<T> {
    T run() throws SolrServerException, IOException;
  }
}
